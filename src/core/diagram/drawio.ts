/**
 * draw.io (diagrams.net) export: an uncompressed `.drawio` file
 * (`mxfile > diagram > mxGraphModel > root > mxCell`). Regions are container cells
 * (swimlanes) with their services as children at relative coordinates, so moving a
 * region in diagrams.net moves its services; circuits are edges between the containers
 * with the same label as the SVG.
 *
 * Labels use `html=1` (needed for word wrap), so every user string is HTML-escaped for
 * the label and then XML-escaped for the attribute.
 */
import type { Design } from '../model/schema.ts';
import { escapeXml, oneLine } from './escape.ts';
import { layoutDiagram, type DiagramLayout, type DiagramOptions } from './layout.ts';
import { CARRIAGE_STYLE, PROVIDER_STYLE, SERVICE_KIND_COLOR } from './svg.ts';

/** Escapes text for an `html=1` label, then for the XML attribute that holds it. */
function label(textValue: string): string {
  return escapeXml(escapeXml(oneLine(textValue)));
}

/**
 * Makes cell ids unique and XML-safe. Element ids are already restricted by the schema,
 * but a design with duplicate ids (which validate reports) must still give a valid file.
 */
function idFactory(): (base: string) => string {
  const used = new Set<string>(['0', '1']);
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
    used.add(id);
    return id;
  };
}

/** Renders a layout as a draw.io document (one page named after the design). */
export function renderDrawio(layout: DiagramLayout): string {
  const nextId = idFactory();
  const regionCell = new Map<string, string>();
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];

  if (layout.mapFrame) {
    const f = layout.mapFrame;
    cells.push(
      `<mxCell id="${nextId('map-frame')}" value="" style="rounded=0;whiteSpace=wrap;html=1;fillColor=#eef4f9;strokeColor=#c9d6e2;movable=1;" vertex="1" parent="1"><mxGeometry x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" as="geometry"/></mxCell>`,
    );
  }

  for (const r of layout.regions) {
    const st = PROVIDER_STYLE[r.provider];
    const id = nextId(`region:${r.id}`);
    regionCell.set(r.id, id);
    const value = `${r.name} [${st.mark}]`;
    const style = `swimlane;container=1;collapsible=0;rounded=1;arcSize=6;startSize=32;horizontal=1;html=1;whiteSpace=wrap;fontStyle=1;fontSize=12;fillColor=${st.tint};swimlaneFillColor=${st.tint};strokeColor=${st.color};fontColor=#1b2631;`;
    cells.push(
      `<mxCell id="${escapeXml(id)}" value="${label(value)}" tooltip="${label(`${r.name} (${r.id}) — ${st.label}, ${r.kind}`)}" style="${style}" vertex="1" parent="1"><mxGeometry x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" as="geometry"/></mxCell>`,
    );
    for (const s of r.services) {
      const sid = nextId(`service:${s.key}`);
      const value = s.role ? `${s.name} (${s.role})` : s.name;
      const sstyle = `rounded=1;whiteSpace=wrap;html=1;fontSize=11;fillColor=#ffffff;strokeColor=${SERVICE_KIND_COLOR[s.kind]};${s.role === 'standby' ? 'dashed=1;' : ''}`;
      cells.push(
        `<mxCell id="${escapeXml(sid)}" value="${label(value)}" tooltip="${label(`${s.name} (${s.id}) — ${s.kind}`)}" style="${sstyle}" vertex="1" parent="${escapeXml(id)}"><mxGeometry x="${Math.round((s.x - r.x) * 10) / 10}" y="${Math.round((s.y - r.y) * 10) / 10}" width="${s.width}" height="${s.height}" as="geometry"/></mxCell>`,
      );
    }
  }

  for (const c of layout.circuits) {
    const source = regionCell.get(c.from);
    const target = regionCell.get(c.to);
    if (!source || !target) continue;
    const st = CARRIAGE_STYLE[c.carriage];
    const style = `endArrow=none;startArrow=none;html=1;rounded=0;strokeColor=${st.color};strokeWidth=${c.strokeWidth};fontSize=10;labelBackgroundColor=#ffffff;${st.dash ? `dashed=1;dashPattern=${st.dash};` : ''}`;
    cells.push(
      `<mxCell id="${escapeXml(nextId(`circuit:${c.id}`))}" value="${label(c.label)}" tooltip="${label(`${c.name ? `${c.name} (${c.id})` : c.id}${c.carrier ? `, carrier ${c.carrier}` : ''}`)}" style="${style}" edge="1" parent="1" source="${escapeXml(source)}" target="${escapeXml(target)}"><mxGeometry relative="1" as="geometry"/></mxCell>`,
    );
  }

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mxfile host="NetStudio" type="device" compressed="false">`,
    `<diagram id="netstudio-${layout.kind}" name="${escapeXml(oneLine(layout.title))}">`,
    `<mxGraphModel dx="${layout.width}" dy="${layout.height}" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="${layout.width}" pageHeight="${layout.height}" math="0" shadow="0">`,
    '<root>',
    ...cells,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}

/** Lays out and renders a design as a draw.io document in one call. */
export function designToDrawio(design: Design, options: DiagramOptions = {}): string {
  return renderDrawio(layoutDiagram(design, options));
}
