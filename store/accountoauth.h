#pragma once

#include "account.h"
#include "oauthprovider.h"

#include <functional>

class QNetworkAccessManager;

namespace store {

// The OAuth provider of an account: discovered from its issuer when it has one, else the preset for its
// server (Google, Microsoft), with the account's client ID when it has its own. done(provider, error) once.
void oauthProviderFor(const Account &account, QNetworkAccessManager *nam, QObject *context,
                      std::function<void(OAuthProvider, QString)> done);

}  // namespace store
