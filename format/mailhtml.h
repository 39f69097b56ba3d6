#pragma once

#include "mimebody.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QTextDocument;

namespace format {

// What a formatted message sends: the text/plain alternative, the HTML, and the local images the HTML shows
// by cid: URL (smtp::Message::body, html and inlineImages).
struct MailBody
{
    QString plain;
    QString html;
    QList<smtp::InlineImage> images;
};

// HTML for mail from a document, written element by element rather than by QTextDocument::toHtml(), so it
// has none of Qt's own markup (no <meta name="qrichtext">, no -qt- properties, no per-paragraph margins):
// only p, h1-h6, strong, em, u, s, code, pre, blockquote, ul/ol/li, a, img, hr, br and table, with a few
// plain inline styles (quotes, code) that every mail reader understands. Images from local files (a path or a
// file: URL, relative ones against baseDir) become inline images with a Content-ID in cidDomain; other URLs
// stay as they are. The plain alternative is the same text readable on its own: "> " for quotes, "- " and
// "1. " for list items, *bold*, /italic/, _underlined_, links as "text <url>".
MailBody fromDocument(const QTextDocument &document, const QString &baseDir, const QByteArray &cidDomain);

// Markdown (CommonMark with GitHub's tables, task lists and strikethrough, as QTextDocument reads it) to the
// same HTML; the plain alternative is the Markdown as written, which is meant to be read as it is.
MailBody fromMarkdown(const QString &markdown, const QString &baseDir, const QByteArray &cidDomain);

// The HTML of a body with each image pointing at its file again (cid:... becomes file:///...): for an editor
// to show the images, and for HTML kept apart from its message, such as a formatted signature, whose images
// become parts of each message it is added to.
QString withImageFiles(const QString &html, const QList<smtp::InlineImage> &images);

// The plain alternative of a document alone (see fromDocument).
QString plainText(const QTextDocument &document);

}  // namespace format
