#pragma once

#include "account.h"
#include "autoconfigxml.h"
#include "oauthprovider.h"

#include <functional>

class QNetworkAccessManager;

namespace store {

// The OAuth provider of an account: discovered from its issuer when it has one, else the preset for its
// server (Google, Microsoft), with the account's client ID when it has its own. done(provider, error) once.
void oauthProviderFor(const Account &account, QNetworkAccessManager *nam, QObject *context,
                      std::function<void(OAuthProvider, QString)> done);

// Takes a server found by autoconfiguration into the account: host, port, security, the login name, and the
// login method (OAuth 2.0 providers: OAUTHBEARER for Google, XOAUTH2 for the others). Used by `stamp account
// add --auto` and the window alike.
void applyDiscovered(Account *account, const DiscoveredServer &server);

}  // namespace store
