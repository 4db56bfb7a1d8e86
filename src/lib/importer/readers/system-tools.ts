import { execFile } from 'node:child_process';

/**
 * Runs one of the Debian tools the importer relies on (poppler-utils, tesseract-ocr, antiword).
 * A missing tool is a clear message naming the package to install, not a spawn stack trace.
 */
export const toolPackages: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  tesseract: 'tesseract-ocr tesseract-ocr-vie',
  antiword: 'antiword',
};

export class MissingToolError extends Error {
  readonly tool: string;
  constructor(tool: string) {
    super(`${tool} is not installed; install it with: apt-get install -y ${toolPackages[tool] ?? tool} (see README, "Importing documents")`);
    this.tool = tool;
  }
}

/** Runs `tool args…` and resolves with its standard output (as bytes when `binary`). */
export function runTool(tool: string, args: readonly string[], options: { binary?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, env: options.env ?? process.env }, (error, stdout, stderr) => {
      if (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') reject(new MissingToolError(tool));
        else reject(new Error(`${tool} failed: ${stderr.toString('utf8').trim().split('\n').slice(-3).join(' ') || error.message}`));
        return;
      }
      resolve(stdout);
    });
  });
}
