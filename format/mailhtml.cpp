#include "mailhtml.h"

#include <QDir>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace format {

namespace {

// The few styles a quote and code need; written inline because many mail readers drop <style> elements.
const char QuoteStyle[] = "margin:0 0 0 0.8ex;border-left:2px solid #ccc;padding-left:1ex";
const char CodeStyle[] = "font-family:monospace";

bool isMonospace(const QTextCharFormat &f)
{
    if (f.fontFixedPitch())
        return true;
    for (const QString &family : f.fontFamilies().toStringList())
        if (family.contains(QLatin1String("mono"), Qt::CaseInsensitive)
            || family.compare(QLatin1String("courier"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat f = block.blockFormat();
    if (f.hasProperty(QTextFormat::BlockCodeFence) || f.hasProperty(QTextFormat::BlockCodeLanguage))
        return true;
    // A block whose every fragment is monospace and that keeps its lines (the editor's "code block").
    if (!f.nonBreakableLines() || block.text().isEmpty())
        return false;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (!isMonospace(it.fragment().charFormat()))
            return false;
    return true;
}

bool isOrdered(const QTextList *list)
{
    switch (list->format().style()) {
    case QTextListFormat::ListDisc:
    case QTextListFormat::ListCircle:
    case QTextListFormat::ListSquare:
        return false;
    default:
        return true;
    }
}

QString escape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QChar::LineSeparator, QLatin1String("<br>"));
    out.replace(QChar(QChar::Nbsp), QLatin1String("&nbsp;"));
    return out;
}

class Writer
{
public:
    Writer(const QString &baseDir, const QByteArray &cidDomain) : m_baseDir(baseDir), m_cidDomain(cidDomain)
    {
    }

    void frame(const QTextFrame *frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (const QTextFrame *child = it.currentFrame()) {
                closeAll();
                if (const auto *table = qobject_cast<const QTextTable *>(child))
                    this->table(table);
                else
                    this->frame(child);
            } else {
                block(it.currentBlock());
            }
        }
        closeAll();
    }

    QString html() const
    {
        return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n") + m_html
               + QStringLiteral("</body></html>\n");
    }
    QString plain() const
    {
        QString p = m_plain;
        while (p.endsWith(QLatin1String("\n\n")))
            p.chop(1);
        return p;
    }
    QList<smtp::InlineImage> images() const { return m_images; }

private:
    QString m_baseDir;
    QByteArray m_cidDomain;
    QString m_html, m_plain;
    QList<smtp::InlineImage> m_images;
    QHash<QString, QByteArray> m_cidOfPath;  // one part per file, however often it is shown
    QList<const QTextList *> m_lists;        // open <ul>/<ol>, outermost first
    int m_quotes = 0;                        // open <blockquote>
    bool m_pre = false;

    void closePre()
    {
        if (m_pre)
            m_html += QLatin1String("</pre>\n");
        m_pre = false;
    }

    void closeList()
    {
        closePre();
        m_html +=
            isOrdered(m_lists.takeLast()) ? QLatin1String("</li></ol>\n") : QLatin1String("</li></ul>\n");
    }

    // Closes what is open down to the given quote depth and number of lists (a code block only when one of
    // them ends: its lines are consecutive blocks).
    void closeBlocks(int quotes, qsizetype lists)
    {
        while (m_lists.size() > lists)
            closeList();
        if (m_quotes > quotes)
            closePre();
        while (m_quotes > quotes) {
            m_html += QLatin1String("</blockquote>\n");
            --m_quotes;
        }
    }

    void closeAll()
    {
        closeBlocks(0, 0);
        closePre();
    }

    QString plainPrefix() const
    {
        QString prefix;
        for (int i = 0; i < m_quotes; ++i)
            prefix += QLatin1String("> ");
        return prefix;
    }

    void block(const QTextBlock &block)
    {
        const QTextBlockFormat f = block.blockFormat();
        const int quotes = qBound(0, f.intProperty(QTextFormat::BlockQuoteLevel), 32);
        const QTextList *list = block.textList();
        const bool code = isCodeBlock(block);

        if (quotes != m_quotes)
            closeBlocks(qMin(quotes, m_quotes), 0);
        if (!list) {
            closeBlocks(m_quotes, 0);
        } else {
            // Lists nest by indent: the ones at this depth or deeper that are not this list end here.
            while (!m_lists.isEmpty() && m_lists.last() != list
                   && m_lists.last()->format().indent() >= list->format().indent())
                closeList();
        }
        if (!code)
            closePre();
        while (m_quotes < quotes) {
            m_html += QStringLiteral("<blockquote style=\"%1\">\n").arg(QLatin1String(QuoteStyle));
            ++m_quotes;
        }
        if (list) {
            if (!m_lists.isEmpty() && m_lists.last() == list) {
                if (!m_pre)
                    m_html += QLatin1String("</li>\n");
            } else {
                m_lists.append(list);
                m_html += isOrdered(list) ? QLatin1String("<ol>\n") : QLatin1String("<ul>\n");
            }
        }

        const QString prefix = plainPrefix();
        if (f.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            m_html += QLatin1String("<hr>\n");
            m_plain += prefix + QLatin1String("----------\n\n");
            return;
        }
        if (code) {
            if (!m_pre) {
                m_html += QStringLiteral("<pre style=\"%1\">").arg(QLatin1String(CodeStyle));
                m_pre = true;
            } else {
                m_html += QLatin1Char('\n');
            }
            m_html += escape(block.text());
            m_plain += prefix + QStringLiteral("    ") + block.text() + QLatin1Char('\n');
            return;
        }
        QString inlineHtml, inlinePlain;
        fragments(block, &inlineHtml, &inlinePlain);
        if (list) {
            QString marker = isOrdered(list) ? list->itemText(block) : QStringLiteral("-");
            if (f.marker() == QTextBlockFormat::MarkerType::Checked)
                inlineHtml = QStringLiteral("&#9745; ") + inlineHtml, marker += QLatin1String(" [x]");
            else if (f.marker() == QTextBlockFormat::MarkerType::Unchecked)
                inlineHtml = QStringLiteral("&#9744; ") + inlineHtml, marker += QLatin1String(" [ ]");
            m_html += QLatin1String("<li>") + inlineHtml;
            m_plain += prefix + QString(2 * (m_lists.size() - 1), QLatin1Char(' ')) + marker
                       + QLatin1Char(' ') + inlinePlain + QLatin1Char('\n');
            return;
        }
        const int heading = qBound(0, f.headingLevel(), 6);
        if (heading > 0) {
            m_html +=
                QStringLiteral("<h%1>").arg(heading) + inlineHtml + QStringLiteral("</h%1>\n").arg(heading);
            m_plain += prefix + inlinePlain + QLatin1Char('\n');
            if (heading <= 2)
                m_plain += prefix
                           + QString(qMax<qsizetype>(3, inlinePlain.size()),
                                     heading == 1 ? QLatin1Char('=') : QLatin1Char('-'))
                           + QLatin1Char('\n');
            m_plain += QLatin1Char('\n');
            return;
        }
        m_html += inlineHtml.isEmpty() ? QStringLiteral("<p><br></p>\n")
                                       : QLatin1String("<p>") + inlineHtml + QLatin1String("</p>\n");
        m_plain += prefix + inlinePlain + QLatin1Char('\n');
    }

    void fragments(const QTextBlock &block, QString *html, QString *plain)
    {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat f = fragment.charFormat();
            if (f.isImageFormat()) {
                image(f.toImageFormat(), html, plain);
                continue;
            }
            QString text = fragment.text();
            text.remove(QChar::ObjectReplacementCharacter);
            QString h = escape(text);
            QString p = QString(text).replace(QChar::LineSeparator, QLatin1Char('\n'));
            if (isMonospace(f)) {
                h = QLatin1String("<code>") + h + QLatin1String("</code>");
            } else {
                if (f.fontStrikeOut())
                    h = QLatin1String("<s>") + h + QLatin1String("</s>");
                if (f.fontUnderline() && !f.isAnchor())
                    h = QLatin1String("<u>") + h + QLatin1String("</u>"),
                    p = QLatin1Char('_') + p + QLatin1Char('_');
                if (f.fontItalic())
                    h = QLatin1String("<em>") + h + QLatin1String("</em>"),
                    p = QLatin1Char('/') + p + QLatin1Char('/');
                if (f.fontWeight() > QFont::Medium && block.blockFormat().headingLevel() == 0)
                    h = QLatin1String("<strong>") + h + QLatin1String("</strong>"),
                    p = QLatin1Char('*') + p + QLatin1Char('*');
            }
            if (f.isAnchor() && !f.anchorHref().isEmpty()) {
                const QString href = f.anchorHref();
                h = QStringLiteral("<a href=\"%1\">").arg(href.toHtmlEscaped()) + h + QLatin1String("</a>");
                QString shown = href;
                if (shown.startsWith(QLatin1String("mailto:")))
                    shown = shown.mid(7);
                if (text != shown && text != href)
                    p += QStringLiteral(" <%1>").arg(href);
            }
            *html += h;
            *plain += p;
        }
    }

    void image(const QTextImageFormat &f, QString *html, QString *plain)
    {
        const QString name = f.name();
        const QUrl url(name);
        QString src = name;
        QString local;
        if (url.isLocalFile())
            local = url.toLocalFile();
        else if (url.scheme().isEmpty()
                 || (url.scheme().size() == 1 && name.size() > 2 && name[1] == QLatin1Char(':')))
            local = QDir(m_baseDir).absoluteFilePath(name);
        if (!local.isEmpty() && QFileInfo(local).isFile()) {
            local = QFileInfo(local).absoluteFilePath();
            QByteArray cid = m_cidOfPath.value(local);
            if (cid.isEmpty()) {
                cid = smtp::generateContentId(m_cidDomain);
                m_cidOfPath.insert(local, cid);
                m_images.append({local, cid, {}, {}});
            }
            src = QLatin1String("cid:") + QString::fromLatin1(cid);
        }
        QString alt = f.property(QTextFormat::ImageAltText).toString();
        if (alt.isEmpty())
            alt = QFileInfo(url.path()).fileName();
        QString img =
            QStringLiteral("<img src=\"%1\" alt=\"%2\"").arg(src.toHtmlEscaped(), alt.toHtmlEscaped());
        if (f.width() > 0)
            img += QStringLiteral(" width=\"%1\"").arg(qRound(f.width()));
        if (f.height() > 0)
            img += QStringLiteral(" height=\"%1\"").arg(qRound(f.height()));
        *html += img + QLatin1Char('>');
        *plain += QStringLiteral("[%1]").arg(alt);
    }

    void table(const QTextTable *table)
    {
        m_html +=
            QLatin1String("<table style=\"border-collapse:collapse\" border=\"1\" cellpadding=\"4\">\n");
        for (int r = 0; r < table->rows(); ++r) {
            m_html += QLatin1String("<tr>");
            QStringList cells;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;  // covered by a spanning cell
                QString h, p;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock b = it.currentBlock();
                    if (!b.isValid())
                        continue;
                    if (!h.isEmpty())
                        h += QLatin1String("<br>"), p += QLatin1Char(' ');
                    fragments(b, &h, &p);
                }
                const QLatin1String tag = r == 0 && table->format().headerRowCount() > 0
                                              ? QLatin1String("th")
                                              : QLatin1String("td");
                QString span;
                if (cell.columnSpan() > 1)
                    span += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan());
                if (cell.rowSpan() > 1)
                    span += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan());
                m_html += QStringLiteral("<%1%2>").arg(tag, span) + h + QStringLiteral("</%1>").arg(tag);
                cells << p;
            }
            m_html += QLatin1String("</tr>\n");
            m_plain += plainPrefix() + cells.join(QLatin1String(" | ")) + QLatin1Char('\n');
        }
        m_html += QLatin1String("</table>\n");
        m_plain += QLatin1Char('\n');
    }
};

}  // namespace

MailBody fromDocument(const QTextDocument &document, const QString &baseDir, const QByteArray &cidDomain)
{
    Writer w(baseDir, cidDomain);
    w.frame(document.rootFrame());
    return {w.plain(), w.html(), w.images()};
}

MailBody fromMarkdown(const QString &markdown, const QString &baseDir, const QByteArray &cidDomain)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    MailBody body = fromDocument(document, baseDir, cidDomain);
    body.plain = markdown;
    return body;
}

QString plainText(const QTextDocument &document)
{
    Writer w{QString(), QByteArray()};
    w.frame(document.rootFrame());
    return w.plain();
}

QString withImageFiles(const QString &html, const QList<smtp::InlineImage> &images)
{
    QString out = html;
    for (const smtp::InlineImage &i : images)
        out.replace(QLatin1String("cid:") + QString::fromLatin1(i.contentId),
                    QUrl::fromLocalFile(i.path).toString().toHtmlEscaped());
    return out;
}

}  // namespace format
