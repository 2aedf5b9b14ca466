// A progress bar on standard error, shown only in a terminal and only for multi-file ingests.
export class Progress {
  private readonly enabled: boolean;
  private done = 0;

  constructor(private readonly total: number, stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = total > 1 && stream.isTTY === true && !process.env.CI;
    this.stream = stream;
  }

  private readonly stream: NodeJS.WriteStream;

  tick(label: string): void {
    this.done++;
    if (!this.enabled) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${name}\x1b[K`);
  }

  end(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
