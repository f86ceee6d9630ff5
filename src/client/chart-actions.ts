/**
 * Download and share actions for every chart (ChartFrame): the chart's data as CSV, the chart as
 * SVG or PNG with its title and source line drawn in, a link to it in the current view, and an
 * <iframe> snippet of its embed page. Without JavaScript the actions stay hidden; the data table
 * is there either way. Everything is made in the page; nothing is sent anywhere.
 */
import { chartCsv } from '../lib/chart-export/chart-csv.ts';
import { chartPermalink, embedSnippet } from '../lib/chart-export/chart-links.ts';
import { chartSize, composeExportSvg } from '../lib/chart-export/compose-svg.ts';
import { readChartExport } from './chart-data.ts';
import { csvBlob, downloadBlob } from './download.ts';

/** PNG pixels per SVG unit: sharp on high-density screens and in print. */
const PNG_SCALE = 2;

function exportSvg(frame: HTMLElement): SVGSVGElement {
  const { title, credit } = readChartExport(frame);
  return composeExportSvg(document, frame.querySelector<SVGSVGElement>('.chart-svg svg')!, { title, credit });
}

const svgText = (svg: SVGSVGElement) => new XMLSerializer().serializeToString(svg);

async function pngBlob(svg: SVGSVGElement): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const context = canvas.getContext('2d')!;
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

async function copy(text: string, status: HTMLElement, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    status.textContent = `浏览器不允许自动复制，请手动复制：${text}`;
  }
}

async function act(frame: HTMLElement, action: string, status: HTMLElement): Promise<void> {
  const data = readChartExport(frame);
  switch (action) {
    case 'csv':
      downloadBlob(csvBlob(chartCsv(data)), `${data.fileName}.csv`);
      status.textContent = `已下载 ${data.fileName}.csv`;
      return;
    case 'svg':
      downloadBlob(new Blob([svgText(exportSvg(frame))], { type: 'image/svg+xml' }), `${data.fileName}.svg`);
      status.textContent = `已下载 ${data.fileName}.svg`;
      return;
    case 'png':
      downloadBlob(await pngBlob(exportSvg(frame)), `${data.fileName}.png`);
      status.textContent = `已下载 ${data.fileName}.png`;
      return;
    case 'link':
      return copy(chartPermalink(location.href, frame.id), status, '已复制本图链接（含当前筛选）。');
    case 'embed':
      return copy(frame.querySelector<HTMLTextAreaElement>('.chart-embed textarea')!.value, status, '已复制嵌入代码。');
  }
}

function enhance(frame: HTMLElement): void {
  const actions = frame.querySelector<HTMLElement>('.chart-actions');
  if (!actions) return;
  const status = actions.querySelector<HTMLElement>('[role=status]')!;
  const { title, embedPath } = readChartExport(frame);
  const snippet = frame.querySelector<HTMLTextAreaElement>('.chart-embed textarea');
  if (snippet && embedPath) {
    snippet.value = embedSnippet(new URL(embedPath, location.origin).href, title, chartSize(frame.querySelector<SVGSVGElement>('.chart-svg svg')!).height);
  }
  actions.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    act(frame, button.dataset.action!, status).catch((error: unknown) => {
      console.warn('Chart export failed:', error);
      status.textContent = '导出失败，请重试或改用数据表。';
    });
  });
  actions.hidden = false;
}

for (const frame of document.querySelectorAll<HTMLElement>('figure.chart')) enhance(frame);
