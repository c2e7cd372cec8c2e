// A small XML writer for the manifest: elements, attributes, text and comments, two-space indented.

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** An element: `el("Label", { resid: "Group.Label" })`, children after the attributes. */
export function el(name, attrs = {}, ...children) {
  return {
    name,
    attrs,
    children: children.flat().filter((c) => c !== undefined && c !== null && c !== false),
  };
}

/** A comment line, kept with the element that follows it. */
export const comment = (text) => ({ comment: text });

function write(node, depth) {
  const pad = "  ".repeat(depth);
  if (typeof node === "string") return `${pad}${escape(node)}`;
  if ("comment" in node) return `${pad}<!-- ${node.comment} -->`;
  const attrs = Object.entries(node.attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escape(value)}"`)
    .join("");
  if (node.children.length === 0) return `${pad}<${node.name}${attrs} />`;
  if (node.children.length === 1 && typeof node.children[0] === "string")
    return `${pad}<${node.name}${attrs}>${escape(node.children[0])}</${node.name}>`;
  const inner = node.children.map((child) => write(child, depth + 1)).join("\n");
  return `${pad}<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
}

/** The document: declaration, leading comments, then the root element. */
export function xmlDocument(leading, root) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...leading.map((c) => write(c, 0)),
    write(root, 0),
    "",
  ].join("\n");
}
