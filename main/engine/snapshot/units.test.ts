// The parser's small pieces, on the exact strings real archives hold.
import { describe, expect, it } from 'vitest'
import { trailingAgencies } from './agencies'
import { parseLooseDate, resolveRelative } from './dates'
import { splitFrontMatter } from './front-matter'
import { parseHeader } from './header'
import { unwrapImageProxy } from './figures'
import { detectOutlet } from './outlets'

describe('dates', () => {
  it.each([
    ['2023-08-15T12:00:09.521Z', '2023-08-15T12:00:09.521Z'],
    ['2019-08-31T10:00:28+01:00', '2019-08-31T09:00:28.000Z'],
    ['2020-07-16T09:01:00', '2020-07-16T09:01:00.000Z'],
    ['Thu, 02 Jul 2020 10:40:48 +0000', '2020-07-02T10:40:48.000Z'],
    ['Fri, 17 Jul 2020 01:26:58 GMT', '2020-07-17T01:26:58.000Z'],
    ['16/07/2020 - 22:47', '2020-07-16T22:47:00.000Z'],
    ['2022-08-16', '2022-08-16'],
    ['2022-02-30', null],
    ['最近更新： 1 小时前', null],
    ['', null],
  ])('%s → %s', (raw, iso) => expect(parseLooseDate(raw)).toBe(iso))

  it('applies an outlet zone only to dates written without one', () => {
    expect(parseLooseDate('2020-07-15 18:07:52', '+08:00')).toBe('2020-07-15T10:07:52.000Z')
    expect(parseLooseDate('2020-07-15T18:07:52Z', '+08:00')).toBe('2020-07-15T18:07:52.000Z')
  })

  it('resolves BBC relative times against the feed date', () => {
    expect(resolveRelative('3 分钟前', '2022-08-16T06:13:03.000Z')).toBe('2022-08-16T06:10:03.000Z')
    expect(resolveRelative('1 小時前', '2022-08-16T06:13:03.000Z')).toBe('2022-08-16T05:13:03.000Z')
    expect(resolveRelative('2020年10月2日', '2022-08-16T06:13:03.000Z')).toBeNull()
    expect(resolveRelative('3 分钟前', null)).toBeNull()
  })
})

describe('header', () => {
  const parse = (text: string) => {
    const result = parseHeader(text)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }

  it('takes the last ](url) of a title with brackets and a title over lines', () => {
    const h = parse('<!--1692101826000-->\n[[视频] a [b]\n c](https://example.com/a_(b))\n------\n\n<p>x</p>')
    expect(h.title).toBe('[视频] a [b] c')
    expect(h.url).toBe('https://example.com/a_(b)')
    expect(h.body).toBe('\n<p>x</p>')
  })

  it('keeps a non-http URL out', () => {
    expect(parse('[t](javascript:alert(1))\n------\n').url).toBeNull()
  })

  it('ignores an implausible epoch rather than inventing a date', () => {
    expect(parse('<!--12345678901-->\n[t](https://e.com/)\n------\n').feedDate).toBeNull()
  })

  it('explains what is missing', () => {
    const result = parseHeader('just text')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/No snapshot header/)
  })
})

describe('front matter', () => {
  it('reads quoted titles with escapes and flow lists', () => {
    const split = splitFrontMatter(
      '---\ntitle: "落马厅官讲究\\"性价比\\""\ntags: [ 联合早报, BBC ]\nodd line\n---\nrest',
    )
    expect(split?.data).toEqual({ title: '落马厅官讲究"性价比"', tags: ['联合早报', 'BBC'] })
    expect(split?.rest).toBe('rest')
  })

  it('is not fooled by a separator that is not front matter', () => {
    expect(splitFrontMatter('------\n')).toBeNull()
    expect(splitFrontMatter('---\ntitle: x\n')).toBeNull()
  })
})

describe('helpers', () => {
  it('reads agency credits only when every name is an agency', () => {
    expect(trailingAgencies('（路透社）')).toEqual(['路透社'])
    expect(trailingAgencies('（法新社、路透社）')).toEqual(['法新社', '路透社'])
    expect(trailingAgencies('(AFP, Reuters)')).toEqual(['AFP', 'Reuters'])
    expect(trailingAgencies('（7.1 采访手记）')).toBeNull()
  })

  it('unwraps both weserv forms and thumbor', () => {
    expect(unwrapImageProxy('https://images.weserv.nl/?url=static.dw.com/image/1_303.jpg')).toBe(
      'https://static.dw.com/image/1_303.jpg',
    )
    expect(unwrapImageProxy('https://images.weserv.nl?url=gdb.voanews.com/x.jpg')).toBe(
      'https://gdb.voanews.com/x.jpg',
    )
    expect(
      unwrapImageProxy(
        'https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/picture/8/x.jpg',
      ),
    ).toBe('https://thumbor.ftacademy.cn/unsafe/picture/8/x.jpg')
    expect(unwrapImageProxy('https://ichef.bbci.co.uk/a.jpg')).toBe('https://ichef.bbci.co.uk/a.jpg')
  })

  it('detects outlets by host, edition and author', () => {
    expect(detectOutlet('https://www.bbc.com/zhongwen/trad/world-1', null)).toMatchObject({
      id: 'bbc',
      script: 'Hant',
    })
    expect(detectOutlet('https://www.rfi.fr/tw/x', null)).toMatchObject({ id: 'rfi', script: 'Hant' })
    expect(detectOutlet(null, '(臺)中央社CNA')).toMatchObject({ id: 'cna' })
    expect(detectOutlet('https://example.org/', 'someone')).toMatchObject({ id: 'unknown' })
  })
})

describe('URLs from the front matter', () => {
  it('are validated like the title line’s: only http(s) survives', () => {
    const result = parseHeader('---\ntitle: "t"\nfrom: javascript:alert(1)\n---\n<p>x</p>')
    expect(result.ok && result.value.url).toBeNull()
    const fallback = parseHeader(
      '---\ntitle: "t"\nfrom: data:text/html,x\n---\n[t](not a url)\n------\n<p>x</p>',
    )
    expect(fallback.ok && fallback.value.url).toBeNull()
  })
})
