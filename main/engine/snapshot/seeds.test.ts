// The two documents the product was specified from, checked field by field (issue 3).
import { describe, expect, it } from 'vitest'
import type { Article, Block, Figure } from '../../../common/article'
import { parseFixture } from '../../test/fixtures'

const figures = (a: Article): Figure[] => a.blocks.flatMap((b) => (b.type === 'figure' ? [b.figure] : []))
const paragraphsText = (a: Article): string =>
  a.blocks
    .filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph')
    .map((b) => b.html)
    .join('\n')

describe('DW seed', () => {
  const article = parseFixture('seed-dw.txt')

  it('reads the header and the body date line', () => {
    expect(article.title).toBe('金正恩与普京互致信函 誓言加强两国关系')
    expect(article.outlet.id).toBe('dw')
    expect(article.url).toMatch(/^https:\/\/www\.dw\.com\/zh\/.+\/a-66540084$/)
    expect(article.feedDate).toBe('2023-08-15T12:17:06.000Z')
    expect(article.published).toBe('2023-08-15T12:00:09.521Z')
    expect(article.byline).toBeNull()
  })

  it('keeps both body figures with their captions', () => {
    expect(figures(article).map((f) => f.caption)).toEqual([
      '朝中社发布金正恩在第八届中央军事委员会会议上的照片',
      '俄罗斯国防部长绍伊古7月26日访问朝鲜',
    ])
    expect(figures(article)[0]?.original).toBe('https://static.dw.com/image/66491422_303.jpg')
  })

  it('reads the gallery of 8 items with trimmed headings', () => {
    const gallery = article.blocks.find((b) => b.type === 'gallery')
    expect(gallery?.type).toBe('gallery')
    if (gallery?.type !== 'gallery') return
    expect(gallery.title).toContain('相关图集')
    expect(gallery.items).toHaveLength(8)
    expect(gallery.items[0]?.heading).toBe('中俄座上宾')
    expect(gallery.items.at(-1)?.heading).toBe('阅兵活动')
    expect(gallery.items.every((item) => item.heading === item.heading.trim() && item.text.length > 0)).toBe(
      true,
    )
  })

  it('credits the agency, keeps the copyright as metadata and drops the feedx footer', () => {
    expect(article.agencies).toEqual(['路透社'])
    expect(article.copyright).toMatch(/^© 2023年德国之声版权声明/)
    const body = paragraphsText(article)
    expect(body).not.toContain('版权声明')
    expect(body).not.toContain('feedx')
    expect(body).not.toContain('获取更多RSS')
    expect(body).not.toContain('（路透社）')
  })

  it('maps the ArticleRef link to the DW article URL', () => {
    expect(article.related).toEqual([
      {
        title: '韩国、美国和日本领导人将于8月18日在戴维营举行的三边峰会',
        url: 'https://www.dw.com/zh/a-66531065',
      },
    ])
    expect(paragraphsText(article)).toContain('href="https://www.dw.com/zh/a-66531065"')
  })
})

describe('BBC seed', () => {
  const article = parseFixture('seed-bbc.txt')

  it('reads title, outlet and the published day', () => {
    expect(article.title).toBe('普京金正恩互相致信关键词：同志友谊，先进武器，乌克兰')
    expect(article.outlet.id).toBe('bbc')
    expect(article.published?.startsWith('2022-08-16')).toBe(true)
    // `3 分钟前` is resolved against the feed date (06:13:03Z).
    expect(article.published).toBe('2022-08-16T06:10:03.000Z')
  })

  it('has two figures with credits and captions, the second from <noscript>', () => {
    const list = figures(article)
    expect(list.map((f) => f.credit)).toEqual(['Getty Images', 'AFP'])
    expect(list.map((f) => f.caption)).toEqual([
      '金正恩与普京2019年在符拉迪沃斯托克会面。',
      '朝鲜拥有一些俄罗斯武器。',
    ])
    expect(list[1]?.alt).toBe('North Korean MiG-29, Wonsan air show, 25 Sep 16')
    expect(list[0]?.srcset).toContain('240w')
    expect(list[0]?.width).toBe(976)
  })

  it('takes the bold paragraph as the lead and drops the advertisement', () => {
    expect(article.lead).toBe(
      '俄罗斯领导人普京（Vladimir Putin）表示，俄罗斯和朝鲜将扩大“全面和建设性的双边关系”。',
    )
    expect(paragraphsText(article)).not.toContain('dotcom-mpu')
    expect(article.warnings).toContain('Removed 1 advertisement block.')
  })

  it('resolves the three related links against the article URL', () => {
    expect(article.related.map((l) => l.url)).toEqual([
      'https://www.bbc.com/zhongwen/simp/world-48052306',
      'https://www.bbc.com/zhongwen/simp/world-62477340',
      'https://www.bbc.com/zhongwen/simp/world-61948295',
    ])
  })

  it('leaves no caption as a loose paragraph', () => {
    expect(paragraphsText(article)).not.toContain('朝鲜拥有一些俄罗斯武器。')
  })
})
