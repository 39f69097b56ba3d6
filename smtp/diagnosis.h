#pragma once

#include "explain.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace smtp {

struct Outcome;

// What is known about a failure: where it happened, the server's reply and the socket's or TLS's error.
struct DiagnosisInput
{
    Stage stage = Stage::None;
    int code = 0;          // the reply code, 0 when no reply decided it
    QByteArray enhanced;   // its RFC 3463 code, if any
    QString text;          // the reply text, or Stamp's own error text
    int socketError = -1;  // QAbstractSocket::SocketError, -1 when none
    QList<int> sslErrors;  // QSslError::SslError values
    int port = 0;          // the server port, when known
    QString host;          // the server name, when known: names the provider when the reply does not
};

// A failure said in plain words with the fix. `id` names the table row that matched (stable, for tests and
// for callers that offer an action, such as "Sign in with Google").
struct Diagnosis
{
    QString id;
    QString problem;
    QString fix;
    QString provider;         // "Google", "Microsoft" when the reply is that provider's own wording
    bool offerOAuth = false;  // the provider has OAuth sign-in: offer "Sign in with <provider>"
    bool retryLater = false;  // a temporary condition: the message stays and is tried again
    bool matched() const { return !id.isEmpty(); }
};

// The first row of the diagnosis table that fits, or an unmatched Diagnosis.
Diagnosis diagnose(const DiagnosisInput &in);
// The same for a finished send or connection test.
Diagnosis diagnose(const Outcome &outcome, int port = 0, const QString &host = {});
// Every QSslError::SslError and every QAbstractSocket::SocketError in plain words (empty for NoError).
QString certificateProblem(int sslError);
QString socketProblem(int socketError);
// The ids of every row of the table, in order (for tests: each one must be reachable).
QList<QString> diagnosisIds();

}  // namespace smtp
