/** What a command reads from and writes to: the working directory, the environment and the output streams. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a colour terminal. */
  color: boolean;
}
