#pragma once

#include "advice.h"
#include "outcome.h"

#include <QFrame>
#include <functional>

class QHBoxLayout;
class QLabel;
class QTreeWidget;

namespace ui {

// What happened to the last message sent from a window: a headline, the engine's sentence and advice, and
// for each recipient the server's reply with a plain-words reading of its code (smtp::explainReply).
class ResultPanel : public QFrame
{
    Q_OBJECT
public:
    enum Column
    {
        RecipientColumn,
        StatusColumn,
        ReplyColumn,
        MeaningColumn
    };
    explicit ResultPanel(QWidget *parent = nullptr);

    // The advice is in the window's words (ui::windowAdvice), with its buttons; the context (account and
    // what the server offered) comes from the provider, asked at each outcome.
    void showOutcome(const smtp::Outcome &outcome, const QString &subject);
    void setContextProvider(std::function<AdviceContext()> provider) { m_context = std::move(provider); }
    void showRunning(const QString &subject);
    const smtp::Outcome &outcome() const { return m_outcome; }
    QTreeWidget *recipients() const { return m_recipients; }
    QString headline() const;
    QString adviceText() const;
    // Which case of advice is shown ("wantsEncryption", "password", ...; empty for the engine's words).
    QString adviceId() const { return m_adviceId; }
    // For "Sign in with …": the provider the advice names ("Google", "Microsoft"), else empty.
    QString adviceProvider() const { return m_adviceProvider; }

    static QString headlineFor(smtp::Outcome::Category category);

Q_SIGNALS:
    void closeRequested();
    void actionRequested(ui::AdviceAction action);
    void swaksRequested();  // "Copy as swaks Command", offered after a failure

private:
    smtp::Outcome m_outcome;
    std::function<AdviceContext()> m_context;
    QString m_adviceId;
    QString m_adviceProvider;
    QWidget *m_actions;
    QHBoxLayout *m_actionLayout;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_summary;
    QLabel *m_advice;
    QLabel *m_reply;
    QTreeWidget *m_recipients;
};

}  // namespace ui
