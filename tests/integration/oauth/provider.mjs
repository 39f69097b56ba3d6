// A real OpenID Connect / OAuth 2.0 authorization server (oidc-provider, from the npm registry) for Stamp's
// sign-in tests, on 127.0.0.1 only. PKCE S256 required, RFC 9207 iss in the redirect, the device flow,
// refresh tokens, revocation and introspection (which the test SMTP server uses to check tokens).
//   node provider.mjs PORT [ACCESS_TOKEN_TTL_SECONDS]
import Provider from 'oidc-provider';

const port = Number(process.argv[2]);
const accessTokenTtl = Number(process.argv[3] || 3600);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      // Stamp: a public native client (RFC 8252), loopback redirect on any port.
      client_id: 'stamp-test',
      token_endpoint_auth_method: 'none',
      application_type: 'native',
      redirect_uris: ['http://127.0.0.1/'],
      grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
      response_types: ['code'],
    },
    {
      // The test SMTP server, which asks whether a token is active.
      client_id: 'smtp-server',
      client_secret: 'smtp-server-secret',
      grant_types: [],
      response_types: [],
      redirect_uris: [],
    },
  ],
  scopes: ['openid', 'offline_access', 'smtp'],
  pkce: { required: () => true, methods: ['S256'] },
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
  },
  ttl: {
    AccessToken: accessTokenTtl,
    AuthorizationCode: 60,
    DeviceCode: 120,
    Grant: 3600,
    Interaction: 600,
    RefreshToken: 3600,
    Session: 3600,
  },
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, email: sub }) }),
  // Consent is given once per test user without a page: the test is about the client, not the consent screen.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid offline_access smtp');
    await grant.save();
    ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId, grantId);
    return grant;
  },
});
provider.proxy = false;

const server = provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
