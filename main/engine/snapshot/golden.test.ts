// One golden test per format variant and per BBC layout generation, on real files from the corpus.
// Each expectation was read off the source file by hand.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleSchema, type Article, type Block, type Figure } from '../../../common/article'
import { fixture, parseFixture } from '../../test/fixtures'
import { parseSnapshot } from './parse'

const figures = (a: Article): Figure[] => a.blocks.flatMap((b) => (b.type === 'figure' ? [b.figure] : []))
const ofType = <T extends Block['type']>(a: Article, type: T) =>
  a.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type)
const allHtml = (a: Article): string => a.blocks.map((b) => JSON.stringify(b)).join('\n')

describe('format variants', () => {
  it('plain: epoch line, title line, separator, body', () => {
    const a = parseFixture('voa-2025.md')
    expect(a.format).toBe('plain')
    expect(a.feedDate).toBe('2025-02-15T08:39:03.000Z')
    expect(a.published).toBe('2025-02-15T08:17:25.000Z')
    // `images.weserv.nl?url=` without the slash is unwrapped too.
    expect(figures(a)[0]?.original).toBe(
      'https://gdb.voanews.com/317cea02-2d6e-4b7d-a67e-b30af0868e9a_r1_s_w900.jpg',
    )
    expect(figures(a)[0]?.caption).toBe(
      '库克群岛总理布朗的中国访问之行，参观了位于青岛的国家深海中心。(取自布朗脸书)',
    )
  })

  it('front matter followed by the plain format: the header wins, the author names the outlet', () => {
    const a = parseFixture('hk-zaobao.md')
    expect(a.format).toBe('front-matter')
    expect(a.title).toBe('居港美籍律师在国安法下被捕')
    expect(a.url).toBe('https://www.zaobao.com/realtime/china/story20210106-1114240')
    expect(a.outlet.id).toBe('zaobao')
    expect(a.tags).toEqual(['联合早报'])
    expect(allHtml(a)).not.toContain('dfp-ad')
  })

  it('front matter only (nei.st): title and URL from the front matter, the body is an <article>', () => {
    const a = parseFixture('neist-front-matter-only.md')
    expect(a.format).toBe('front-matter-only')
    expect(a.title).toBe('处置问题银行')
    expect(a.url).toBe('https://nei.st/medium/caixin/cw868e')
    expect(a.feedDate).toBe('2019-08-31T09:00:28.000Z')
    expect(a.outlet.id).toBe('neist')
    expect(ofType(a, 'paragraph').length).toBeGreaterThan(50)
    // The page header repeats the title; it is not body text.
    expect(ofType(a, 'heading').map((h) => h.text)).not.toContain('处置问题银行')
  })

  it('no timestamp, a 日期： line after the separator (China Digital Times)', () => {
    const a = parseFixture('cdt-dated-line.md')
    expect(a.format).toBe('dated-line')
    expect(a.feedDate).toBe('2020-07-02T10:40:48.000Z')
    expect(allHtml(a)).not.toContain('日期：')
    expect(ofType(a, 'paragraph')[0]?.html).toBe('（7.1 采访手记）')
  })

  it('a title over several lines is joined', () => {
    expect(parseFixture('dw-multiline-title.md').title).toBe('德语媒体：北京的快速回应')
  })

  it('nested brackets and HTML entities in titles', () => {
    expect(parseFixture('rfi-nested-brackets.md').title).toBe(
      '[视频]北京火速通过港版国安法或在国际舞台更孤立',
    )
    expect(parseFixture('reuters-entity-title.md').title).toBe(
      '就美国对香港施加限制 中方"将采取必要反制措施"--中国外交部',
    )
    expect(parseFixture('fm-amp-title.md').title).toBe('Bertelsmann snags Simon & Schuster')
  })

  it('an empty title is derived from the text, with a warning', () => {
    const a = parseFixture('fm-empty-title.md')
    expect(a.title.length).toBeGreaterThan(3)
    expect(a.warnings).toContain('The snapshot has no title; one was taken from the article text.')
  })

  it('a stray carriage return does not survive into the text', () => {
    const a = parseFixture('rfa-stray-cr.md')
    expect(allHtml(a)).not.toMatch(/\\r/)
    expect(figures(a)).toHaveLength(8)
    expect(figures(a).every((f) => f.caption)).toBe(true)
  })

  it('a 387 KB Word-exported report parses whole', () => {
    const a = parseFixture('large-report.md')
    expect(ofType(a, 'paragraph').length).toBeGreaterThan(400)
    // Almost all of its bytes are markup: compare with the letters the source itself holds.
    const source = readFileSync(fixture('large-report.md'), 'utf8').replace(/<[^>]+>/g, ' ')
    const letters = source.match(/[\p{L}\p{N}]/gu)?.length ?? 0
    expect(a.counts.characters / letters).toBeGreaterThan(0.95)
  })

  it('an author that is a writer, not an outlet, becomes the byline', () => {
    const a = parseFixture('fm-bitterwinter-writer.md')
    expect(a.outlet.id).toBe('bitterwinter')
    expect(a.byline).toBe('李光')
    expect(a.outlet.script).toBe('Hant')
  })
})

describe('encodings and line ends', () => {
  const seed = parseFixture('seed-dw.txt')
  it.each([
    ['variants/crlf.md', null],
    ['variants/utf8-bom.md', null],
    ['variants/gb18030.md', 'The file is not UTF-8; it was read as GB18030.'],
  ])('%s reads exactly like the UTF-8 original', (name, warning) => {
    const a = parseFixture(name)
    expect(a.title).toBe(seed.title)
    expect(a.blocks).toEqual(seed.blocks)
    if (warning) expect(a.warnings).toContain(warning)
  })

  it.each(['variants/utf16le-bom.md', 'variants/utf16be-bom.md'])('%s is decoded by its BOM', (name) => {
    expect(parseFixture(name).blocks).toEqual(parseFixture('seed-bbc.txt').blocks)
  })

  it('Big5 is told apart from GB18030', () => {
    const a = parseFixture('variants/big5.md')
    expect(a.title).toBe('告別《明報》40年政治漫畫 尊子：希望就在轉角位')
    expect(a.warnings).toContain('The file is not UTF-8; it was read as BIG5.')
  })
})

describe('files that are not snapshots get a typed failure with a reason', () => {
  it.each([
    ['variants/broken-empty.md', 'empty'],
    ['variants/broken-binary.md', 'binary'],
    ['variants/broken-no-header.md', 'not-a-snapshot'],
    ['variants/broken-invalid-utf8.md', 'undecodable'],
  ])('%s → %s', (name, code) => {
    const result = parseSnapshot(readFileSync(fixture(name)), name)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe(code)
      expect(result.error.message).toMatch(/^The |^No /)
    }
  })

  it('a header with no body is an article that says so', () => {
    expect(parseFixture('variants/broken-header-only.md').warnings).toContain(
      'The snapshot has no article text.',
    )
  })

  it('a file cut off mid-tag keeps what it has', () => {
    const a = parseFixture('variants/broken-truncated.md')
    expect(figures(a)[0]?.caption).toBe('朝中社发布金正恩在第八届中央军事委员会会议上的照片')
  })
})

describe('BBC layout generations', () => {
  it('2014 items', () => {
    const a = parseFixture('bbc-2014.md')
    expect(a.outlet.id).toBe('bbc')
    expect(a.published).toBe('2014-09-24')
    expect(a.lead).toMatch(/^澳门的赌场旅游经营公司感到了中国反腐努力/)
  })

  it('2020 story-body__inner: copyright spans and media captions', () => {
    const a = parseFixture('bbc-2020-story-body.md')
    expect(figures(a)[0]).toMatchObject({
      caption: '中国南方多地暴雨引发洪涝灾害。中国专家回答公众对三峡大坝质疑。',
      credit: 'Getty Images',
    })
    expect(figures(a)[1]?.credit).toBe('Xinhua News Agency')
    expect(a.lead).toMatch(/^2020庚子年长江面临严峻汛情/)
    expect(
      ofType(a, 'heading')
        .map((h) => h.text)
        .slice(0, 2),
    ).toEqual(['主流和支流', '担心和云监控'])
    expect(allHtml(a)).not.toContain('图片版权')
  })

  it('2020 RSSHub <figure>/<figcaption> with the credit after ©, and a data table', () => {
    const a = parseFixture('bbc-2020-figure.md')
    expect(figures(a)[0]).toMatchObject({
      caption: '北京绕过香港立法会实施《国安法》，引起巨大国际争议。',
      credit: 'Reuters',
    })
    const [table] = ofType(a, 'table')
    expect(table?.rows[0]).toEqual({ header: true, cells: ['香港过去向外地移交疑犯的数量并不多'] })
    expect(table?.rows.some((r) => r.cells[0] === '英国')).toBe(true)
    // The table's cells are not shredded into paragraphs.
    expect(ofType(a, 'paragraph').some((p) => p.html === '英国')).toBe(false)
  })

  it('2020 emotion css- classes: headline, timestamp and ad are not body text', () => {
    const a = parseFixture('bbc-2020-emotion.md')
    expect(a.published).toBe('2020-11-13T13:01:12.000Z')
    expect(figures(a)).toHaveLength(4)
    expect(ofType(a, 'heading')[0]?.text).toBe('英国“考虑制裁”')
    expect(a.related[0]?.url).toBe('https://www.bbc.com/zhongwen/simp/chinese-news-54914132')
    expect(allHtml(a)).not.toContain('分钟前')
  })

  it('2020 styled-components -sc- classes', () => {
    const a = parseFixture('bbc-2020-styled.md')
    expect(a.published).toBe('2020-09-25T08:24:02.000Z')
    expect(a.lead).toMatch(/^近日，中国教育部专家组认定位于北京的清华/)
    expect(allHtml(a)).not.toContain('最近更新')
    expect(a.related).toHaveLength(3)
  })

  it('2021 classless <main role="main">: credit, caption and a video kept as a card', () => {
    const a = parseFixture('bbc-2021-main.md')
    expect(figures(a)[0]).toMatchObject({ caption: '查尔斯·利伯', credit: 'Getty Images' })
    expect(ofType(a, 'embed')).toEqual([
      {
        type: 'embed',
        kind: 'video',
        url: 'https://www.bbc.com/ws/av-embeds/cps/zhongwen/simp/world-59754204/p08vrycd/zh-hans',
        title: '多媒体播放器',
      },
    ])
  })

  it('2024: byline list, img srcSet, caption-paragraph spans and h2 subheads', () => {
    const a = parseFixture('bbc-2024.md')
    expect(a.byline).toBe('李澄欣, BBC中文记者')
    expect(figures(a)[0]).toMatchObject({
      caption: '江旻憓（左）的教练是罗马尼亚的塔维（右）。',
      credit: 'Reuters',
    })
    expect(figures(a)[0]?.srcset).toContain('800w')
    expect(
      ofType(a, 'heading')
        .map((h) => h.text)
        .slice(0, 2),
    ).toEqual(['东西合璧的训练体系', '心态与海外经验'])
    expect(figures(a).filter((f) => f.caption && f.credit).length).toBeGreaterThanOrEqual(8)
  })
})

describe('other outlets', () => {
  it('NYT: byline line, Beijing-time date, subscription prompt removed', () => {
    const a = parseFixture('nyt.md')
    expect(a.byline).toBe('CHARLIE SAVAGE')
    expect(a.published).toBe('2020-07-17T04:25:00.000Z')
    expect(allHtml(a)).not.toContain('订阅')
  })

  it('DW Traditional: `null` author dropped, script detected from the text', () => {
    const a = parseFixture('dw-traditional-null-author.md')
    expect(a.byline).toBe('叶家均')
    expect(a.outlet.script).toBe('Hant')
  })

  it('RFA: captions in .image-caption, zoom icons dropped, link lists become related links', () => {
    const a = parseFixture('rfa.md')
    expect(figures(a)[0]?.caption).toBe('近日发现首起确诊新病例的乌鲁木齐中泉广场（Kantie Org）')
    expect(figures(a).some((f) => f.src.includes('icon-zoom'))).toBe(false)
    expect(a.related[0]).toEqual({
      title: '新疆乌鲁木齐突现本土病例 网传封城民众抢购',
      url: 'http://www.rfa.org/mandarin/Xinwen/wul0717a-07172020073844.html',
    })
  })

  it('RFI: day-first date line and self-promotion removed', () => {
    const a = parseFixture('rfi.md')
    expect(a.published).toBe('2020-07-18T13:50:00.000Z')
    expect(allHtml(a)).not.toContain('self-promo')
  })

  it('CDT: the Better Feed footer and the tag list are dropped', () => {
    const a = parseFixture('cdt.md')
    expect(allHtml(a)).not.toContain('Better Feed')
    expect(allHtml(a)).not.toContain('rel=')
  })

  it('every fixture satisfies the article schema', () => {
    for (const name of [
      'seed-dw.txt',
      'seed-bbc.txt',
      'bbc-2024.md',
      'neist-front-matter-only.md',
      'bbc-2020-figure.md',
    ]) {
      expect(articleSchema.safeParse(parseFixture(name)).success, name).toBe(true)
    }
  })
})
