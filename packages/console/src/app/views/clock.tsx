import { useState } from 'preact/hooks';
import type { ViewProps } from '../main';
import { Problem, Section, time, useAction, useLoad } from '../ui';

export function ClockView({ admin }: ViewProps) {
  const clock = useLoad(async () => (await admin.getClock()).data, []);
  const [advance, setAdvance] = useState('1h');
  const action = useAction();
  const shown = clock.value;
  return (
    <>
      <Section title="Reading">
        <Problem error={clock.error} />
        <dl class="facts">
          <dt>The APIs’ time</dt>
          <dd data-testid="clock-now">{shown ? time(shown.now) : '…'}</dd>
          <dt>Ahead of real time</dt>
          <dd data-testid="clock-offset">{shown ? `${shown.offset_ms} ms` : '…'}</dd>
        </dl>
        <button type="button" onClick={clock.reload}>
          Read again
        </button>
      </Section>
      <Section title="Advance">
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            // A plain number is milliseconds; `90s`, `25h`, `1d12h` are durations.
            const moved = await action.act(async () => (await admin.advanceClock({ advance: /^\d+$/.test(advance) ? Number(advance) : advance })).data);
            if (moved) clock.reload();
          }}
        >
          <label>
            Advance by (milliseconds, or <code>90s</code>, <code>25h</code>, <code>1d12h</code>)
            <input name="advance" value={advance} onInput={(e) => setAdvance(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={action.busy}>
            Advance the clock
          </button>
        </form>
        <Problem error={action.error} />
        <p class="hint">The clock only moves forward; every instance on the database follows within a second.</p>
      </Section>
    </>
  );
}
