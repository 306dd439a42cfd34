// Every node of a type under a node (the node itself included), in document order: what
// `unist-util-visit` does for these readers, as a plain recursion. Called for every record and
// every document, where the general visitor's bookkeeping (a test function, a stack of
// ancestors per node) cost more than the walk itself.
import type { Nodes } from 'mdast';

export function eachNode<T extends Nodes['type']>(node: Nodes, type: T, visit: (node: Extract<Nodes, { type: T }>) => void): void {
  if (node.type === type) visit(node as Extract<Nodes, { type: T }>);
  if ('children' in node) for (const child of node.children) eachNode(child as Nodes, type, visit);
}
