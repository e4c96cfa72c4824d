// Runs a command from node_modules/.bin (or PATH), inheriting stdio; rejects on a non-zero exit.
import { spawn } from 'node:child_process';

export function run(cmd, args = [], opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      stdio: opts.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`, ...opts.env },
    });
    let out = '';
    if (opts.capture) {
      child.stdout.on('data', (d) => { out += d; if (opts.echo) process.stdout.write(d); });
      child.stderr.on('data', (d) => { out += d; if (opts.echo) process.stderr.write(d); });
    }
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || opts.allowFail) resolve({ code, out });
      else reject(Object.assign(new Error(`${cmd} ${args.join(' ')} exited with ${code}`), { code, out }));
    });
  });
}
