#pragma once

#include "outcome.h"

#include <QFrame>

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

    void showOutcome(const smtp::Outcome &outcome, const QString &subject);
    void showRunning(const QString &subject);
    const smtp::Outcome &outcome() const { return m_outcome; }
    QTreeWidget *recipients() const { return m_recipients; }
    QString headline() const;

    static QString headlineFor(smtp::Outcome::Category category);

Q_SIGNALS:
    void closeRequested();

private:
    smtp::Outcome m_outcome;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_summary;
    QLabel *m_advice;
    QLabel *m_reply;
    QTreeWidget *m_recipients;
};

}  // namespace ui
