/**
 * Lets work in, a few callers per turn of the event loop. A room's sign-in storm arrives as hundreds of
 * requests read in one poll phase; run as they are read, their checks held up every answer save read
 * with them until all had run (the seated PCs' slowest saves, 25-60 ms, all fell ~200 ms into the
 * storm, when its requests landed). Admitted a few a turn, the group commit's flush and the saves read
 * meanwhile get the loop between each few. Their hashes wait in one queue anyway (password.ts).
 */
export class Admission {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  constructor(private readonly perTurn: number) {}

  next(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.admit());
      }
    });
  }

  private admit(): void {
    for (const resolve of this.waiting.splice(0, this.perTurn)) resolve();
    if (this.waiting.length > 0) setImmediate(() => this.admit());
    else this.scheduled = false;
  }
}
