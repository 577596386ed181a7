import { describe, expect, it } from 'vitest';
import { MAX_OUTPUT_BYTES, runTool } from './run';

describe('runTool output cap', () => {
  it('keeps about 1 MiB of a runaway tool and says the rest was dropped', async () => {
    const script =
      "const line = 'x'.repeat(1023) + '\\n'; for (let i = 0; i < 4096; i++) process.stdout.write(line);";
    const run = await runTool(process.execPath, ['-e', script]);
    expect(MAX_OUTPUT_BYTES).toBe(1024 * 1024);
    expect(run.truncated).toBe(true);
    // Whole chunks are kept up to the cap: never the 4 MiB the tool printed.
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stdout.length).toBeLessThan(MAX_OUTPUT_BYTES + 128 * 1024);
  });
});
