#include "markdownsend.h"

#include "mailhtml.h"

namespace cli {

namespace {

QtMessageHandler previousHandler = nullptr;

// The commands run with a QCoreApplication, without the font database of a QGuiApplication: QTextDocument
// then warns about fonts it cannot size, which says nothing about the message. Only those are left out.
void quietFonts(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QFont")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

class MarkdownFormatter : public SendCommand::Formatter
{
public:
    void markdown(const QString &markdown, const QString &baseDir, smtp::Message *message) const override
    {
        previousHandler = qInstallMessageHandler(quietFonts);
        const format::MailBody body =
            format::fromMarkdown(markdown, baseDir, smtp::domainToAce(message->from.domain));
        qInstallMessageHandler(previousHandler);
        message->body = body.plain;
        message->html = body.html;
        message->inlineImages = body.images;
    }
};

}  // namespace

const SendCommand::Formatter &markdownFormatterForSend()
{
    static const MarkdownFormatter formatter;
    return formatter;
}

}  // namespace cli
