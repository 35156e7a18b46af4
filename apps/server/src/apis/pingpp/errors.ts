import type * as Pingpp from '@clientele/schemas/pingpp';
import type { Issue } from '@clientele/validators';
import { preferredLanguage } from '../../platform/languages.ts';
import type { ErrorCatalogue, Problem, ProblemKind } from '../../platform/problems.ts';
import { DEFAULT_WORDING } from '../../platform/wording.ts';

/** Ping++ answers in Chinese unless asked otherwise. */
const LANGUAGES = ['zh', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
type Words = Readonly<Record<Language, string>>;

/** Ping++ names nested parameters in bracket notation: `sms_code.code` → `sms_code[code]`. */
export const paramOf = (field: string) => field.split('.').map((part, i) => (i === 0 ? part : `[${part}]`)).join('');

/** The rules handlers refuse fields for (`Issue.rule`), worded in each language. */
const RULES: Readonly<Record<string, Words>> = {
  token_used: { zh: '该 Token 已被使用', en: 'The token has already been used.' },
  foreign_card: { zh: '暂时不允许通过外卡创建，请使用银联卡', en: 'Foreign cards cannot be bound to customers yet: use a domestic (UnionPay) card.' },
  sms_code_mismatch: { zh: '短信验证码对象与该 Token 不匹配', en: 'The SMS code object was not sent for this token.' },
  sms_code_incorrect: { zh: '短信验证码错误', en: 'The SMS verification code is incorrect.' },
  card_unsupported: { zh: '不支持的卡号：仅支持银联、Visa、MasterCard 和 JCB 卡', en: 'Unsupported card number: only UnionPay, Visa, MasterCard and JCB cards are accepted.' },
  brand_mismatch: { zh: '卡品牌与卡号不符', en: 'The card brand does not match the card number.' },
};

function issueWords(issue: Issue): Words {
  const param = paramOf(issue.field) || 'body';
  const rule = issue.rule === undefined ? undefined : RULES[issue.rule];
  if (rule) return rule;
  switch (issue.code) {
    case 'required':
      return { zh: `缺少参数 ${param}`, en: `Missing required param: ${param}.` };
    case 'unknown':
      return { zh: `不支持的参数 ${param}`, en: `Received unknown parameter: ${param}.` };
    case 'format':
      return { zh: `参数 ${param} 格式不正确`, en: `Invalid ${param}: ${issue.message}.` };
    case 'invalid':
      return { zh: `参数 ${param} 的值无效`, en: `Invalid ${param}: ${issue.message}.` };
  }
}

/** How Ping++ names an object in messages (`无法找到指定的 Customer 对象`). */
const objectName = (resource: string | undefined) => resource ?? 'object';

type Wording<K extends ProblemKind> = (problem: Extract<Problem, { kind: K }>, language: Language) => string;

const UNAUTHORIZED: Readonly<Record<`${'key' | 'signature'}:${'missing' | 'invalid' | 'expired'}`, Words>> = {
  'key:missing': { zh: '没有提供 API Key，请将 Secret Key 作为 HTTP Basic 用户名发送', en: 'No API key provided: send your secret key as the HTTP Basic username (or as a Bearer token).' },
  'key:invalid': { zh: '无效的 API Key', en: 'Invalid API key provided.' },
  'key:expired': { zh: 'API Key 已过期', en: 'The API key has expired.' },
  'signature:missing': {
    zh: '缺少请求签名：请发送 Pingplusplus-Signature 和 Pingplusplus-Request-Timestamp',
    en: 'This account requires signed requests: send Pingplusplus-Signature and Pingplusplus-Request-Timestamp.',
  },
  'signature:invalid': { zh: '请求签名验证失败', en: 'The request signature does not verify against the registered public key.' },
  'signature:expired': { zh: '请求时间戳无效或已过期', en: 'Pingplusplus-Request-Timestamp is not within 300 seconds of the server time.' },
};

/** Ping++'s wording for each kind of problem, in Chinese and English. */
const CATALOGUE: { readonly [K in ProblemKind]: Wording<K> } = {
  validation: (p, l) => p.issues.map((issue) => issueWords(issue)[l]).join(l === 'zh' ? '；' : ' '),
  malformed: (p, l) => (l === 'zh' ? `请求无法解析：${p.message}` : p.message),
  invalid_reference: (p, l) =>
    l === 'zh' ? `无法找到指定的 ${objectName(p.resource)} 对象: ${p.id}` : `No such ${objectName(p.resource)}: ${p.id} (${paramOf(p.field)}).`,
  duplicate: (_p, l) => (l === 'zh' ? '该卡已绑定到此 Customer' : 'This card is already bound to the customer.'),
  unauthorized: (p, l) => UNAUTHORIZED[`${p.credential ?? 'key'}:${p.reason}`][l],
  forbidden: (p, l) => (l === 'zh' ? `没有权限：${p.message}` : p.message),
  not_found: (p, l) =>
    p.resource
      ? l === 'zh'
        ? `无法找到指定的 ${p.resource} 对象`
        : `No such ${p.resource}: ${p.id}`
      : l === 'zh'
        ? '请求的 URL 不存在'
        : 'Unrecognized request URL.',
  method_not_allowed: (p, l) => (l === 'zh' ? `不支持 ${p.method} 请求，可用：${p.allow.join(', ')}` : DEFAULT_WORDING.method_not_allowed(p)),
  conflict: (p) => p.message,
  idempotency_mismatch: (p, l) => (l === 'zh' ? `幂等键 ${p.key} 已用于其他请求` : `Idempotency key ${p.key} was already used for a different request.`),
  payload_too_large: (p, l) => (l === 'zh' ? `请求体超过 ${p.limit} 字节` : DEFAULT_WORDING.payload_too_large(p)),
  unsupported_media_type: (p, l) =>
    l === 'zh'
      ? `不支持的 Content-Type ${p.contentType || '(无)'}：请使用 application/json 或 application/x-www-form-urlencoded`
      : DEFAULT_WORDING.unsupported_media_type(p, ['application/json', 'application/x-www-form-urlencoded']),
  not_acceptable: (p, l) => (l === 'zh' ? `无法以 ${p.accept} 格式响应，仅支持 application/json` : `Responses are application/json; cannot answer ${p.accept}.`),
  rate_limited: (_p, l) => (l === 'zh' ? '请求过于频繁，请稍后重试' : 'Too many requests: retry after a while.'),
  unavailable: (_p, l) => (l === 'zh' ? '服务暂时不可用，请稍后重试' : DEFAULT_WORDING.unavailable()),
  internal: (_p, l) => (l === 'zh' ? '服务器内部错误' : 'An internal server error occurred.'),
};

/** The parameter a problem is about, in Ping++'s bracket notation; `id` for an object the path names. */
function paramOfProblem(problem: Problem): string | undefined {
  switch (problem.kind) {
    case 'validation':
      return problem.issues[0]?.field ? paramOf(problem.issues[0].field) : undefined;
    case 'invalid_reference':
    case 'duplicate':
      return paramOf(problem.field);
    case 'not_found':
      return problem.resource ? 'id' : undefined;
    default:
      return undefined;
  }
}

/** A machine-readable reason where one rule was broken. */
function codeOf(problem: Problem): string | undefined {
  if (problem.kind === 'validation') return problem.issues.find((issue) => issue.rule)?.rule;
  if (problem.kind === 'duplicate') return 'card_already_bound';
  return undefined;
}

/** Ping++'s envelope: 4xx are `invalid_request_error` (400 and 404 carry `param`), 5xx `api_error`. A duplicate card is a 400. */
export const errors: ErrorCatalogue = {
  statuses: { duplicate: 400 },
  render(problem, { status, acceptLanguage }) {
    const language = preferredLanguage(acceptLanguage, LANGUAGES);
    const param = paramOfProblem(problem);
    const code = codeOf(problem);
    const body: Pingpp.PingppError = {
      error: {
        type: status >= 500 ? 'api_error' : 'invalid_request_error',
        message: (CATALOGUE[problem.kind] as Wording<ProblemKind>)(problem as never, language),
        ...(param ? { param } : {}),
        ...(code ? { code } : {}),
      },
    };
    return { body };
  },
};
