// Every node of a type under a node (the node itself included), in document order: what
// `unist-util-visit` does for these readers, as a plain loop. Called for every record and
// every document, where the general visitor's bookkeeping (a test function, a stack of
// ancestors per node) cost more than the walk itself. Iterative, with a stack of its own: deep
// trees (emphasis nested thousands deep) overflowed the call stack of a recursive walk.
import type { Nodes } from 'mdast';

export function eachNode<T extends Nodes['type']>(node: Nodes, type: T, visit: (node: Extract<Nodes, { type: T }>) => void): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === type) visit(current as Extract<Nodes, { type: T }>);
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i] as Nodes);
  }
}
