/**
 * Same-fact groups as a union-find over claim ids. The root of a group is always its smallest claim id, so
 * group ids do not depend on the order in which links were found.
 */
export class GroupUnion {
  private readonly parent = new Map<string, string>();

  /** The group id (smallest member id) of a claim; a claim never linked is its own group. */
  find(id: string): string {
    let root = id;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) {
      root = next;
    }
    // Path compression: every claim on the way now points at the root.
    for (let at = id; at !== root; ) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  /** Puts two claims (and their groups) into one group. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }
}
