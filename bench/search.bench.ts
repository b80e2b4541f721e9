/**
 * Search benchmark: `npm run bench:search` (or `npx tsx bench/search.bench.ts`). Builds the in-memory index over a
 * 5,000-item catalogue (the seeded templates repeated per region, plus generated names) and times the server-side
 * search path (match, rank, filter, page) for a mix of queries citizens type: Chinese words and fragments, full
 * pinyin, initials, everyday words, typos and misses (the slowest case: the typo-tolerant pass runs over everything).
 */
import { performance } from 'node:perf_hooks';
import { SEED_ITEMS } from '../server/db/seed/catalog';
import { buildSearchIndex, searchIndex } from '../server/domain/search/search';

const TARGET = 5_000;
const ROUNDS = 20;

const SUBJECTS = ['建设工程', '危险化学品', '药品', '医疗器械', '特种设备', '烟草', '林木', '取水', '排污', '广告', '旅行社', '民办学校', '养老机构', '宗教活动场所', '出版物', '文物', '渔业', '种子', '兽药', '饲料', '爆破作业', '道路', '水利工程', '气象', '档案'];
const ACTIONS = ['经营许可', '生产许可', '备案', '登记', '变更登记', '注销', '年度报告', '资质认定', '审批', '延续', '补证', '核查', '检验', '竣工验收', '施工许可'];

const PLACES = ['隆阳', '施甸', '龙陵', '昌宁', '腾冲', '永昌', '兰城', '九隆', '甸阳', '勐糯', '田园', '腾越', '和顺', '河图', '板桥', '金鸡', '汉庄', '蒲缥', '瓦窑', '潞江'];

type Doc = { name: string; keywords: string[]; popularity: number; level: string; department: string };

/** Department names as search sees them (place prefix removed); a catalogue spreads items over some 40 bodies. */
const DEPARTMENTS = ['市场监督管理局', '公安局', '人力资源和社会保障局', '民政局', '自然资源和规划局', '住房和城乡建设局', '卫生健康委员会', '医疗保障局', '税务局', '交通运输局', '农业农村局', '林业和草原局', '生态环境局', '教育体育局', '文化和旅游局', '应急管理局', '水务局', '司法局', '退役军人事务局', '残疾人联合会'].flatMap((d, i) => [d, `${d}${PLACES[i % PLACES.length]}分局`]);

/**
 * Two catalogues of TARGET items. "realistic": the seeded templates implemented by 60 bodies each (an
 * implementation list repeats names per region) plus generated names. "distinct": every name different (worst case
 * for the term table), e.g. 腾冲建设工程施工许可（第12批）.
 */
function catalogue(distinct: boolean): Doc[] {
  const docs: Doc[] = [];
  const levels = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'];
  for (let r = 0; r < 60; r++) {
    for (const t of SEED_ITEMS) {
      const name = distinct ? `${t.name}（${PLACES[r % PLACES.length]}${Math.floor(r / PLACES.length) + 1}）` : t.name;
      docs.push({ name, keywords: t.keywords, popularity: (t.popularity ?? 100) - r, level: levels[r % 4]!, department: DEPARTMENTS[(r + name.length) % DEPARTMENTS.length]! });
    }
  }
  let i = 0;
  while (docs.length < TARGET) {
    const s = SUBJECTS[i % SUBJECTS.length]!;
    const a = ACTIONS[Math.floor(i / SUBJECTS.length) % ACTIONS.length]!;
    const place = distinct ? `${PLACES[Math.floor(i / 375) % PLACES.length]}` : '';
    docs.push({ name: `${place}${s}${a}`, keywords: [], popularity: i % 500, level: levels[i % 4]!, department: DEPARTMENTS[i % DEPARTMENTS.length]! });
    i++;
  }
  return docs.slice(0, TARGET);
}

const QUERIES = [
  '开饭店', 'kfd', '营业执照', 'yyzz', 'yingyezhizhao', '开公司', '办身份证', '身份证', '食品', '企业登记',
  '社保卡', 'shebaoka', '二手房', '过户', '医保', 'yb', '低保', '结婚', 'jiehun', '养老',
  '食品经营许刻', 'shipinjingyinxuke', '营业执招', '建设工程施工许可', 'jsgc', '药品经营', '特种设备', '备案', 'beian', '许可',
  '我想开一家米线店需要办什么', '火星签证', 'xyzxyzxyz', '😀', "'; DROP TABLE x; --",
  '市场监管', '公安局', '人社局 社保卡',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function run(label: string, docs: Doc[]): boolean {
  let t = performance.now();
  const index = buildSearchIndex(docs);
  const buildMs = performance.now() - t;

  for (const q of QUERIES) searchIndex(index, q); // warm up the JIT
  const times: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const filter = round % 2 ? (d: Doc) => d.level !== 'VILLAGE' : undefined;
      t = performance.now();
      const hits = searchIndex(index, q, filter) ?? docs.map((doc) => ({ doc }));
      hits.slice(0, 20).map((h) => ({ ...h, name: h.doc.name }));
      const ms = performance.now() - t;
      times.push(ms);
      perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
    }
  }
  times.sort((a, b) => a - b);
  const slowest = [...perQuery.entries()]
    .map(([q, ms]) => [q, ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4);
  const f = (n: number) => n.toFixed(2);
  const p95 = percentile(times, 95);
  process.stdout.write(
    `\n[${label}] ${docs.length} items (${index.terms.length} distinct names/keywords), ${times.length} searches\n` +
      `  index build ${f(buildMs)} ms\n` +
      `  p50 ${f(percentile(times, 50))} ms | p95 ${f(p95)} ms | p99 ${f(percentile(times, 99))} ms | max ${f(times[times.length - 1]!)} ms\n` +
      `  slowest (median): ${slowest.map(([q, ms]) => `${JSON.stringify(q)} ${f(ms)} ms`).join(', ')}\n`,
  );
  return p95 <= 20;
}

function main(): void {
  process.stdout.write(`search benchmark: ${QUERIES.length} queries x ${ROUNDS} rounds, Node ${process.version}\n`);
  const ok = [run('realistic', catalogue(false)), run('distinct names', catalogue(true))].every(Boolean);
  process.stdout.write(`\ntarget p95 ≤ 20 ms: ${ok ? 'met' : 'NOT met'}\n`);
  if (!ok) process.exitCode = 1;
}

main();
