// Parse a GEXF file with graphology-gexf and print what it found as JSON, for
// tests/test_gexf.py to compare with the networkx graph it was written from.
// Usage: node read_gexf.mjs FILE.gexf
import { readFileSync } from "node:fs";
import graphology from "graphology";
import gexf from "graphology-gexf";

const text = readFileSync(process.argv[2], "utf-8");
const graph = gexf.parse(graphology.MultiDirectedGraph, text);
const labels = {};
const types = {};
const colours = {};
graph.forEachNode((node, attributes) => {
  labels[node] = attributes.label;
  types[node] = attributes.type;
  colours[attributes.type] = attributes.color;
});
const kinds = {};
graph.forEachEdge((edge, attributes) => {
  kinds[attributes.kind] = (kinds[attributes.kind] || 0) + 1;
});
console.log(JSON.stringify({ order: graph.order, size: graph.size, labels, types, colours, kinds }));
