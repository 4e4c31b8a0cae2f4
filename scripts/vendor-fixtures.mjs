// Copies the curated fixture set from ../shared into fixtures/ under names that are safe on every OS,
// derives the encoding and broken-file variants, and writes fixtures/SOURCES.md. Re-run it to refresh:
//   node scripts/vendor-fixtures.mjs
// It also fills samples/ (the folder `npm start` opens on a first run).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'

const shared = path.resolve(import.meta.dirname, '../../shared')
const corpus = path.join(shared, 'corpus')
const fixtures = path.resolve(import.meta.dirname, '../fixtures')
const samples = path.resolve(import.meta.dirname, '../samples')

const C = (p) => path.join(corpus, p)
const oped = (outlet, name) => C(`NodeBE4__oped2/articles/${outlet}/${name}`)
const waimei = (p) => C(`zhouxiang93123__waimei/archived/${p}`)

/** [fixture name, source file, what it covers] */
const PICKS = [
  [
    'seed-dw.txt',
    path.join(shared, 'seeds/000_b795b9ef2583512c.txt'),
    'DW seed: feedx date line, captions, gallery, ArticleRef, agency, copyright, feedx footer',
  ],
  [
    'seed-bbc.txt',
    path.join(shared, 'seeds/001_6e1b47fdefdcc898.txt'),
    'BBC seed: classless <main>, picture, credits, noscript figure, ad, related list',
  ],
  [
    'dw-gallery.md',
    oped('德国之声', '1047867_新闻环境每况愈下 国际媒体撤出香港.md'),
    'DW 2020 with a 相关图集 gallery',
  ],
  [
    'dw-multiline-title.md',
    oped('德国之声', '1048198_德语媒体：北京的快速回应%0A%0A.md'),
    'DW title spanning several lines',
  ],
  ['dw-static-image.md', C('duty-machine__news/articles/dw/1042000.md'), 'DW 2021, static.dw.com images'],
  ['dw-digest.md', C('duty-machine__news/articles/dw/1036000.md'), 'DW digest with <p> </p> spacers'],
  [
    'dw-traditional-null-author.md',
    C('duty-machine__news/articles/dw/1030500.md'),
    'DW Traditional Chinese, `null 叶家均` author line',
  ],
  [
    'bbc-2020-story-body.md',
    oped('BBC', '1048029_中国长江汛情严峻 专家答对三峡大坝质疑.md'),
    'BBC story-body__inner generation',
  ],
  [
    'bbc-2020-figure.md',
    waimei('2020-07-22/2020-07-22-香港国安法：多国暂停逃犯移交协议 学者指突显对港信心动摇.md'),
    'BBC via RSSHub: <figure>/<figcaption>',
  ],
  [
    'bbc-2020-emotion.md',
    waimei('2020-11-13/2020-11-13-香港立法会泛民主派总辞风波：英国“考虑制裁”中港官员.md'),
    'BBC emotion css- classes',
  ],
  [
    'bbc-2020-styled.md',
    waimei('2020-09-25/2020-09-25-清华自评“世界一流大学”引发争论 其它中国大学各有表述.md'),
    'BBC styled-components -sc- classes',
  ],
  [
    'bbc-2021-main.md',
    C('duty-machine__news/articles/bbc/1044800.md'),
    'BBC classless <main role="main">, video iframe',
  ],
  [
    'bbc-2024.md',
    C('duty-machine__news/articles/bbc/1041700.md'),
    'BBC 2024: byline list, img srcSet, caption-paragraph spans, h2 subheads',
  ],
  [
    'bbc-2014.md',
    waimei('2014-09-24/2014-09-24-习近平两年来反腐令澳门赌博旅游萧条.md'),
    'BBC item dated 2014',
  ],
  [
    'voa-2020.md',
    oped('美国之音', '1047788_五角大楼颁布指示 事实上禁止在军中展示邦联旗帜.md'),
    'VOA via feedx, RFC-822 date line',
  ],
  [
    'voa-2025.md',
    C('duty-machine__news/articles/voa/1008880.md'),
    'VOA 2025, images.weserv.nl?url= without slash',
  ],
  ['rfa.md', oped('自由亚洲电台', '1048348_乌鲁木齐再现疫情  公交大面积关停.md'), 'RFA with link lists'],
  [
    'rfa-stray-cr.md',
    oped('自由亚洲电台', '1048349_“不愿台湾成西藏”    达赖喇嘛派驻台湾首位佛法博士强巴加措圆寂.md'),
    'RFA body with a stray \\r',
  ],
  [
    'rfi.md',
    oped('法广', '1047017_新冠病毒侵扰非洲  迦纳逾2000医疗人员确诊 – 法国国际广播电台 - RFI.md'),
    'RFI day-first date line, self-promo divs',
  ],
  [
    'rfi-nested-brackets.md',
    oped('法广', '1048125_[视频]北京火速通过港版国安法或在国际舞台更孤立.md'),
    'title with nested [ ]',
  ],
  [
    'reuters.md',
    oped('路透', '1047517_大众汽车预期今年在华销量将呈个位数百分比下滑.md'),
    'Reuters, trust badge',
  ],
  [
    'reuters-entity-title.md',
    oped('路透', '1048145_就美国对香港施加限制 中方&quot;将采取必要反制措施&quot;--中国外交部.md'),
    'title with &quot;',
  ],
  [
    'nyt.md',
    oped('纽约时报', '1048096_美司法部长敦促美国公司拒作中国“棋子”.md'),
    'NYT byline line, subscription prompt',
  ],
  ['ft.md', oped('金融时报', '1048002_国际货币基金组织应利用SDR应对新冠疫情.md'), 'FT story-lead'],
  [
    'cdt.md',
    oped(
      '中国数字时代',
      '398275_【网络民议】华春莹：美方在涉疆问题上制造了本世纪最大谎言；网友：就像电影里在1937年说八年抗战开始了。.md',
    ),
    'CDT, Better Feed footer',
  ],
  [
    'cdt-dated-line.md',
    C('duty-machine__chinadigitaltimes/articles/399605_立场新闻｜丁乔：政治笑话成真 举白纸的少女.md'),
    'no timestamp, 日期： line',
  ],
  [
    'cdt-dated-line-oped2.md',
    oped('中国数字时代', '400123_褚氏朝新 | 拆迁致贫.md'),
    'no timestamp, 日期： line (oped2 layout)',
  ],
  [
    'cdt-revision-a.md',
    C(
      'NodeBE4__oped2__revisions/111e415571/articles/中国数字时代/398152_自由亚洲 | 清华大学向许章润发出开除处分文件 称其违反教师行为准则.md',
    ),
    'an earlier capture of one article',
  ],
  [
    'cdt-revision-b.md',
    C(
      'NodeBE4__oped2__revisions/115cd27834/articles/中国数字时代/398152_自由亚洲 | 清华大学向许章润发出开除处分文件 称其违反教师行为准则.md',
    ),
    'a later capture of the same article',
  ],
  [
    'fm-zaobao.md',
    waimei('2020-07-21/2020-07-21-中国最高检：已对48名原省部级以上人员提起公诉.md'),
    'front matter, 联合早报, ad sections',
  ],
  [
    'fm-cna.md',
    waimei('2020-08-05/2020-08-05-徐永明涉賄風波 時力決策委員總辭3週內改選.md'),
    'front matter, CNA (Traditional)',
  ],
  [
    'fm-epochtimes.md',
    waimei('2020-10-01/2020-10-01-访民宋玉波遭绑架视频曝光 目击者被警方带走.md'),
    'front matter, 大纪元',
  ],
  [
    'fm-rti.md',
    waimei('2020-07-21/2020-07-21-[國際] IMF警告：疫情大流行恐造成經濟性別差距擴大.md'),
    'front matter, RTI, [bracketed] title',
  ],
  [
    'fm-economist.md',
    waimei('2020-08-13/2020-08-13-The dereliction of American diplomacy.md'),
    'front matter, English',
  ],
  [
    'fm-solidot.md',
    waimei('2020-08-05/2020-08-05-SpaceX Starship 原型完成 150 米试飞.md'),
    'front matter, Solidot',
  ],
  [
    'fm-wqw.md',
    waimei('2020-07-30/2020-07-30-许艳：余文生律师案情况通报（2020年7月29日）   .md'),
    'front matter, 维权网, trailing spaces in name',
  ],
  [
    'fm-cctv.md',
    waimei(
      '2020-07-31/2020-07-31-2020-07-31 新闻联播 文字版习近平在中央政治局第二十二次集体学习时强调 统一思想坚定信心鼓足干劲抓紧工作 奋力推进国防和军队现代化建设习近平出席北斗三号全.md',
    ),
    'front matter, CCTV transcript',
  ],
  [
    'fm-bitterwinter-writer.md',
    waimei('2020-10-24/2020-10-24-中共持續強拆官方基督教堂　未拆教堂強改他用成按摩學習班.md'),
    'front matter whose author is a writer, not an outlet',
  ],
  ['fm-empty-title.md', waimei('2020-10-23/2020-10-23-.md'), 'empty title'],
  [
    'fm-amp-title.md',
    waimei('2020-11-25/2020-11-25-Bertelsmann snags Simon &amp; Schuster.md'),
    'title with &amp;',
  ],
  [
    'neist-front-matter-only.md',
    waimei('nei.st/2019-08-31-处置问题银行.md'),
    'front matter and <article>, no snapshot header',
  ],
  [
    'large-report.md',
    waimei(
      '2020-11-30/2020-11-30-维权网：中国大陆在押政治犯、良心犯月度报告（2020年11月30日）第62期（共 960人）（一）.md',
    ),
    'a 387 KB body',
  ],
  [
    'hk-bbc.md',
    waimei('2021-01-06/2021-01-06-香港《国安法》：警方拘捕至少50名参与民主派初选人士 涉嫌“颠覆国家”罪.md'),
    '2021-01-06 Hong Kong arrests: BBC',
  ],
  [
    'hk-zaobao.md',
    waimei('2021-01-06/2021-01-06-居港美籍律师在国安法下被捕.md'),
    '2021-01-06 Hong Kong arrests: 联合早报',
  ],
  [
    'hk-cna.md',
    waimei('2021-01-06/2021-01-06-香港泛民約50人被補 遭指涉嫌顛覆國家政權.md'),
    '2021-01-06 Hong Kong arrests: CNA (Traditional)',
  ],
  [
    'hk-reuters.md',
    waimei('2021-01-06/2021-01-06-香港约50名参与民主派初选人士被捕 涉违反国安法颠覆国家政权罪--媒体.md'),
    '2021-01-06 Hong Kong arrests',
  ],
  [
    'hk-voa.md',
    waimei('2021-01-06/2021-01-06-香港50多名泛民主派活动人士被捕.md'),
    '2021-01-06 Hong Kong arrests',
  ],
]

/** The folder `npm start` opens first: the two seeds and a few varied articles. */
const SAMPLES = [
  'seed-dw.txt',
  'seed-bbc.txt',
  'dw-gallery.md',
  'bbc-2024.md',
  'voa-2025.md',
  'hk-bbc.md',
  'hk-zaobao.md',
  'hk-cna.md',
  'nyt.md',
  'rfi.md',
]

rmSync(fixtures, { recursive: true, force: true })
mkdirSync(path.join(fixtures, 'variants'), { recursive: true })
const rows = []
for (const [name, source, covers] of PICKS) {
  writeFileSync(path.join(fixtures, name), readFileSync(source))
  rows.push(`| \`${name}\` | \`${path.relative(shared, source)}\` | ${covers} |`)
}

// Derived variants: the same real articles in the encodings and line ends that archives turn up with.
const dwSeed = readFileSync(path.join(fixtures, 'seed-dw.txt'), 'utf8')
const bbcSeed = readFileSync(path.join(fixtures, 'seed-bbc.txt'), 'utf8')
const dwHant = readFileSync(path.join(fixtures, 'dw-traditional-null-author.md'), 'utf8')
const variants = [
  ['crlf.md', Buffer.from(dwSeed.replace(/\n/g, '\r\n')), 'DW seed with CRLF line ends'],
  [
    'utf8-bom.md',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(dwSeed)]),
    'DW seed with a UTF-8 BOM',
  ],
  [
    'utf16le-bom.md',
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(bbcSeed, 'utf16le')]),
    'BBC seed in UTF-16LE with BOM',
  ],
  [
    'utf16be-bom.md',
    Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(bbcSeed, 'utf16be')]),
    'BBC seed in UTF-16BE with BOM',
  ],
  ['gb18030.md', iconv.encode(dwSeed, 'gb18030'), 'DW seed in GB18030, no BOM'],
  ['big5.md', iconv.encode(dwHant, 'big5'), 'DW Traditional article in Big5, no BOM'],
  ['broken-empty.md', Buffer.alloc(0), 'empty file'],
  [
    'broken-binary.md',
    Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    'PNG bytes renamed .md',
  ],
  [
    'broken-header-only.md',
    Buffer.from(dwSeed.slice(0, dwSeed.indexOf('------') + 6) + '\n'),
    'header and nothing else',
  ],
  ['broken-truncated.md', Buffer.from(dwSeed.slice(0, 1400)), 'cut off in the middle of a tag'],
  [
    'broken-no-header.md',
    Buffer.from('<html><body><p>Just a page, not a snapshot.</p></body></html>\n'),
    'HTML without a snapshot header',
  ],
  [
    'broken-invalid-utf8.md',
    Buffer.concat([
      Buffer.from(dwSeed.slice(0, 300)),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x80]),
    ]),
    'invalid UTF-8 that is no legacy encoding either',
  ],
]
for (const [name, bytes, covers] of variants) {
  writeFileSync(path.join(fixtures, 'variants', name), bytes)
  rows.push(`| \`variants/${name}\` | derived | ${covers} |`)
}

writeFileSync(
  path.join(fixtures, 'SOURCES.md'),
  `# Fixtures\n\nReal snapshot files vendored from \`shared/\` (see \`shared/corpus/SOURCES.md\` for where each came from) under names that are safe on every OS, and variants derived from them. Regenerate with \`node scripts/vendor-fixtures.mjs\`.\n\n| fixture | source | covers |\n|---|---|---|\n${rows.join('\n')}\n`,
)

rmSync(samples, { recursive: true, force: true })
mkdirSync(samples, { recursive: true })
for (const name of SAMPLES) writeFileSync(path.join(samples, name), readFileSync(path.join(fixtures, name)))
console.log(`${PICKS.length} fixtures, ${variants.length} variants, ${SAMPLES.length} samples`)
