import { versionPackages } from '../version.ts';
import { ROOT } from '../workspace.ts';

// `pnpm release:version`: versions, changelogs and the released-spec baseline, ready to commit.
const { from, to, snapshot } = versionPackages(ROOT);
if (to === from) console.log(`release:version: @clientele/specs stays at ${from} (no pending changeset releases it)`);
else console.log(`release:version: @clientele/specs ${from} → ${to}; released baseline recorded for ${snapshot.join(', ')}`);
