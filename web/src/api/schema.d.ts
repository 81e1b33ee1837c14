// Generated from /openapi.json by `npm run api:types`: do not edit by hand.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["getReadyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with e-mail and password */
        post: operations["authLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["authLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user, company, role, capabilities and the roles their API keys may carry */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my names or language */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/v1/me/acting-for": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Act for one of my managed accounts in this session (partner users): everything is then scoped to it and audited as me acting for it */
        put: operations["replaceMyActingFor"];
        post?: never;
        /** Back to my own company */
        delete: operations["deleteMyActingFor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (ends my other sessions) */
        post: operations["myPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API keys */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key (the key is shown once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API keys */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Companies in my tree */
        get: operations["listCompanies"];
        put?: never;
        /** Create a partner or direct customer (operator) or a managed account (partner) */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One company */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, account reference or billing address (a new address re-screens) */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/v1/companies/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company's users */
        get: operations["listCompanyUsers"];
        put?: never;
        /** Add a user to a company (company admins) */
        post: operations["createCompanyUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /** Remove a user (ends their sessions and API keys) */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /** Change role, names or language */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of my tree, newest first (company admins) */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies/{id}/managed-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A managed account's feature settings in force, and which it inherits */
        get: operations["getCompanyManagedSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set some of a managed account's settings (null: inherit the partner's default again) */
        patch: operations["updateCompanyManagedSettings"];
        trace?: never;
    };
    "/v1/companies/{id}/partner-defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's defaults for its managed accounts' settings */
        get: operations["getCompanyPartnerDefaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set some of a partner's defaults (null: the product's default again) */
        patch: operations["updateCompanyPartnerDefaults"];
        trace?: never;
    };
    "/v1/companies/{id}/branding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The branding a company sees: a partner's own, a managed account's partner's */
        get: operations["getCompanyBranding"];
        /** Set what the partner's managed accounts see of it: name, logo, colour, support contact (fields left out are cleared) */
        put: operations["replaceCompanyBranding"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing-markets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's or direct customer's billing markets: the countries it (and a partner's managed accounts) may order in */
        get: operations["listBillingMarkets"];
        put?: never;
        /** Enable a billing market (a country) for a partner or direct customer: 201 when new, 200 when it was enabled already */
        post: operations["createBillingMarket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing-markets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disable a billing market: services already ordered there stay, new orders there are refused */
        delete: operations["deleteBillingMarket"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who supports me (my partner or the operator), how to reach them, and the chat when I may use it */
        get: operations["getSupport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/branding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How my portal looks: my partner's branding, the operator's, or Portico's own */
        get: operations["getMyBranding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies/{id}/support-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company's technical support details */
        get: operations["getCompanySupportDetails"];
        /** Set a company's technical support details (fields left out are cleared) */
        put: operations["replaceCompanySupportDetails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner's queue: its managed accounts' new orders, speed changes and terminations (pending, oldest first, unless state says otherwise) */
        get: operations["listPartnerApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-approvals/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many requests wait for the partner, in all and per managed account (the portal’s count and the account list’s status) */
        get: operations["getPartnerApprovalsPending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request of the queue */
        get: operations["getPartnerApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: the request goes on to the provider (orders, raises) or takes effect (decreases, terminations); 409 unless pending */
        post: operations["approvePartnerApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason: nothing goes on, the account is told; 409 unless pending */
        post: operations["rejectPartnerApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data-centre locations */
        get: operations["listLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ports and MCRs of my company tree */
        get: operations["listPorts"];
        put?: never;
        /** Order a port or cloud router (MCR); it becomes LIVE through the network controller */
        post: operations["createPort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One port or MCR */
        get: operations["getPort"];
        put?: never;
        post?: never;
        /** Cancel a port not yet live, or decommission a live one */
        delete: operations["deletePort"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies/{id}/marketplace-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's profile */
        get: operations["getCompanyMarketplaceProfile"];
        /** Publish or change the company's provider profile (company admins) */
        put: operations["replaceCompanyMarketplaceProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplace/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search providers: each word of q starts a word of the name (or the words run together); by service or location; ports closest to nearPortId first */
        get: operations["listMarketplaceProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplace/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One provider with its public live ports, closest to nearPortId first */
        get: operations["getMarketplaceProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider: my service keys, optionally of one port */
        get: operations["listServiceKeys"];
        put?: never;
        /** Provider: issue a service key for one of my ports (public or private) */
        post: operations["createServiceKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-keys/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer: where a service key leads (provider, port, max speed) before ordering with it */
        get: operations["getServiceKeysLookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Provider: activate/deactivate a key, change its description or end its validity */
        patch: operations["updateServiceKey"];
        trace?: never;
    };
    "/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My connections as the customer, the provider, or both; newest first */
        get: operations["listConnections"];
        put?: never;
        /** Order a VXC from my live port to a provider’s port (bEnd) or with a service key; it awaits approval unless the key is pre-approved */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For dashboards: my connections by state, and live bandwidth by location (side: customer = A-ends, provider = B-ends) */
        get: operations["getConnectionsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A connection with its approval and history (who and when) */
        get: operations["getConnection"];
        put?: never;
        post?: never;
        /** Customer: withdraw a request awaiting approval, or decommission a live VXC; 202 when the decommissioning waits in the partner’s approval queue (the VXC stays LIVE) */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provider: accept; the B-end gets bEndVlan, or the lowest free VLAN of the port when absent (-1 = untagged); 409 unless awaiting approval */
        post: operations["acceptConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provider: deny with a reason; 409 unless awaiting approval */
        post: operations["denyConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/speed-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Customer: change the rate limit of a LIVE VXC; lowering applies at once, raising awaits the provider */
        post: operations["createConnectionSpeedChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speed-changes/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provider: accept a speed change (the new rate applies); 409 unless awaiting approval */
        post: operations["acceptSpeedChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speed-changes/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provider: reject a speed change (the VXC keeps its rate); 409 unless awaiting approval */
        post: operations["rejectSpeedChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speed-changes/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Customer: withdraw a raise awaiting the provider (the VXC keeps its rate); 409 unless awaiting approval */
        post: operations["withdrawSpeedChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My pending decisions as a provider: new connections and speed changes */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/price-book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The price book (operator) */
        get: operations["listPriceBook"];
        /** Replace the whole price book (operator), atomically */
        put: operations["replacePriceBook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A price estimate for a port, MCR or VXC at a location (not for managed accounts) */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly price of a port, MCR or VXC at a location, for those who see prices (the order forms) */
        get: operations["getPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/charges/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This month's charges and services per company of my tree (a partner: per managed account) */
        get: operations["listChargesCurrent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My company's invoices, newest first (the operator: everyone's) */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice with its lines, per managed account with its reference; Accept: text/csv for CSV */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every notification type with its group and audience */
        get: operations["listNotificationTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The groups I receive */
        get: operations["getMyNotificationPreferences"];
        /** Choose the groups I receive (admins, technical admins and technical contacts) */
        put: operations["replaceMyNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My in-app notifications, newest first, with the unread count */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read */
        post: operations["readNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: operations["notificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/maintenance-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Announced maintenance and outages, newest first */
        get: operations["listMaintenanceEvents"];
        put?: never;
        /** Operator: announce maintenance or an outage at locations or ports */
        post: operations["createMaintenanceEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/maintenance-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One maintenance or outage notice */
        get: operations["getMaintenanceEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operator: the e-mail log (the mail preview when no SMTP is set); dead letters with status=dead */
        get: operations["listAdminEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operator: one e-mail with its HTML and text */
        get: operations["getAdminEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/emails/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator: send a dead-lettered e-mail again */
        post: operations["retryAdminEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My company's webhooks */
        get: operations["listWebhooks"];
        put?: never;
        /** Register a webhook (at most 10 per company); the signing secret is shown once */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change a webhook, or turn it on again after it was turned off */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test event */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of a webhook, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The screening lists: every import (list, version, counts, checksum, who, when), newest first; one active version per list */
        get: operations["listComplianceLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/rescreens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Re-screening of every customer after each import, newest first, with its progress */
        get: operations["listComplianceRescreens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen a name (and optionally its country and address) against the active lists: matches from the review threshold, best first, each explained */
        post: operations["complianceScreen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue: open reviews oldest first (the target: resolved within 15–60 minutes), decided ones newest first */
        get: operations["listComplianceReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One review: the customer beside the matched entries, scores and explanations */
        get: operations["getComplianceReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/reviews/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: no problem, the customer is compliant (409 unless open) */
        post: operations["approveComplianceReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/reviews/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject: a listed party; deprovisioned 30 days after the review opened unless resolved (409 unless open) */
        post: operations["rejectComplianceReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance/reviews/{id}/contact-attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an attempt to reach the partner (or the direct customer’s admins), who are told; three not reached in a row deprovision */
        post: operations["createComplianceReviewContactAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies/{id}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer’s screening: status, history and checks (the matched entries only for compliance officers) */
        get: operations["getCompanyCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/onboarding-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner’s onboarding templates, oldest first (the operator: every partner’s, or one partner’s) */
        get: operations["listWholesaleOnboardingTemplates"];
        put?: never;
        /** Create an onboarding template (the partner’s company admins): 201 with its provisioningId; 409 when the partner has one of that name */
        post: operations["createWholesaleOnboardingTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/onboarding-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One onboarding template */
        get: operations["getWholesaleOnboardingTemplate"];
        put?: never;
        post?: never;
        /** Delete an onboarding template (409 template_in_use while customers use it) */
        delete: operations["deleteWholesaleOnboardingTemplate"];
        options?: never;
        head?: never;
        /** Edit an onboarding template (the fields given); its provisioningId stays */
        patch: operations["updateWholesaleOnboardingTemplate"];
        trace?: never;
    };
    "/v1/wholesale/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The package catalogue and the data regions customers may be created in */
        get: operations["getWholesalePackages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner’s customers, oldest first, by externalId or status */
        get: operations["listWholesaleCustomers"];
        put?: never;
        /** Create a customer organisation: 202 + Location while it is provisioned; the same externalId again: 200 with the customer it made */
        post: operations["createWholesaleCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/customers/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Precheck: would this create succeed? Problems and warnings, and what the customer would get; creates nothing */
        post: operations["wholesaleCustomersValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer: status, packages with their status and use, errors, compliance, dial-in, data region */
        get: operations["getWholesaleCustomer"];
        /** Replace the package list (complete) and maybe the address (re-screened): 202 while new packages are provisioned */
        put: operations["replaceWholesaleCustomer"];
        post?: never;
        /** Deprovision the customer with its subscribers and numbers: 202, done in the background */
        delete: operations["deleteWholesaleCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/customers/{id}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer’s locations, each with its numbers (assigned or free) */
        get: operations["listWholesaleCustomerLocations"];
        put?: never;
        /** Add a location to a customer, with its phone numbers: 201; 409 when a number is on the platform already (number_taken) or the name is taken */
        post: operations["createWholesaleCustomerLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/customers/{id}/locations/{locationId}/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a range of phone numbers to a location: 200 with the location; 409 number_taken (nothing added) when one is on the platform already */
        post: operations["createWholesaleCustomerLocationNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer’s subscribers, oldest first */
        get: operations["listWholesaleSubscribers"];
        put?: never;
        /** Add a subscriber to a customer: 201; 409 past the package cap (package_cap_reached), e-mail in use, number assigned; 422 calling package without a number */
        post: operations["createWholesaleSubscriber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/subscribers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subscriber */
        get: operations["getWholesaleSubscriber"];
        put?: never;
        post?: never;
        /** Remove a subscriber: its package and number are freed */
        delete: operations["deleteWholesaleSubscriber"];
        options?: never;
        head?: never;
        /** Change a subscriber’s package, location, number, extension or role (the full admin’s package never goes down) */
        patch: operations["updateWholesaleSubscriber"];
        trace?: never;
    };
    "/v1/wholesale/customers/{id}/subscribers/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add subscribers by CSV (Content-Type: text/csv; header email,firstName,lastName,package,role,location,phoneNumber,extension; at most 5,000 rows): all rows or none, with a result per row */
        post: operations["wholesaleCustomersSubscribersBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/billing-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner’s billing reports, newest first */
        get: operations["listWholesaleBillingReports"];
        put?: never;
        /** Request a report of package-days and amounts for a date range: 202, generated in the background (GET it until ready) */
        post: operations["createWholesaleBillingReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/billing-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report: its status, and downloadUrl once ready */
        get: operations["getWholesaleBillingReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wholesale/billing-reports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as CSV (409 report_not_ready until its status is ready) */
        get: operations["getWholesaleBillingReportDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Liveness */
        Liveness: {
            /** @enum {string} */
            status: "ok";
        };
        /** Readiness */
        Readiness: {
            /** @enum {string} */
            status: "ready";
            /**
             * @description Which database this server runs on
             * @enum {string}
             */
            database: "postgres" | "pglite";
        };
        /** Problem */
        Problem: {
            type: string;
            title: string;
            status: number;
            code: string;
            detail: string;
            field?: string;
            requestId: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "company_admin" | "technical_admin" | "technical_contact" | "finance" | "read_only" | "compliance_officer";
        /**
         * Language
         * @enum {string}
         */
        Language: "en" | "de" | "it";
        /** User */
        User: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            email: string;
            firstName: string;
            lastName: string;
            role: components["schemas"]["Role"];
            language: components["schemas"]["Language"];
            /** Format: date-time */
            createdAt: string;
        };
        /** LoginResponse */
        LoginResponse: {
            token: string;
            csrfToken: string;
            user: components["schemas"]["User"];
        };
        /**
         * CompanyType
         * @enum {string}
         */
        CompanyType: "operator" | "partner" | "direct" | "managed";
        /** BillingAddress */
        BillingAddress: {
            addressLine1: string;
            addressLine2?: string;
            city: string;
            stateOrProvince?: string;
            zipOrPostalCode?: string;
            /** @description ISO 3166-1 alpha-2 country code */
            country: string;
        };
        /**
         * CompanyComplianceStatus
         * @description Null for the operator (not screened). History: GET /v1/companies/{id}/compliance
         */
        CompanyComplianceStatus: {
            /**
             * @description Restricted-party screening: pending (not checked yet), clear, potential_match (a review is open), approved (reviewed: no problem), rejected (a listed party)
             * @enum {string}
             */
            status: "pending" | "clear" | "potential_match" | "approved" | "rejected";
            checkedAt: string | null;
        };
        /** Company */
        Company: {
            /** Format: uuid */
            id: string;
            name: string;
            type: components["schemas"]["CompanyType"];
            partnerId: string | null;
            partnerName: string | null;
            accountRef: string | null;
            billingAddress: components["schemas"]["BillingAddress"] | null;
            /** @description It may offer services in the marketplace (direct customers and partners) */
            mayProvide: boolean;
            /** @description The roles its users may be given (compliance officers are operator staff) */
            userRoles: components["schemas"]["Role"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            compliance?: components["schemas"]["CompanyComplianceStatus"] | null;
            deprovisionedAt?: string | null;
        };
        /**
         * ActingFrom
         * @description The user's own company while they act for the managed account that `company` is (PUT /v1/me/acting-for)
         */
        ActingFrom: {
            /** Format: uuid */
            companyId: string;
            name: string;
        };
        /** Me */
        Me: {
            user: components["schemas"]["User"];
            company: components["schemas"]["Company"];
            role: components["schemas"]["Role"];
            /** @description The capabilities this user holds in their own company (docs/architecture.md, Access): the portal shows what they allow */
            permissions: ("company_profile.view" | "company_profile.edit" | "users.manage" | "audit.view" | "api_keys.manage" | "companies.view_tree" | "companies.create" | "managed_accounts.act_for" | "managed_settings.view" | "managed_settings.edit" | "dashboard.view" | "branding.edit" | "support_chat.use" | "support_details.view" | "support_details.edit" | "billing_markets.view" | "billing_markets.manage" | "partner_approvals.view" | "partner_approvals.decide" | "services.order" | "marketplace.provide" | "service_keys.manage" | "prices.view" | "connections.order" | "approvals.decide" | "price_book.view" | "price_book.edit" | "quotes.create" | "invoices.view" | "notifications.subscribe" | "webhooks.manage" | "maintenance.announce" | "mail_log.manage" | "compliance.review" | "wholesale.templates.view" | "wholesale.templates.manage" | "wholesale.customers.view" | "wholesale.customers.manage" | "wholesale.billing_reports.view" | "wholesale.billing_reports.request")[];
            /** @description The roles an API key of this user may carry */
            apiKeyRoles: components["schemas"]["Role"][];
            /** @description The kinds of company this user may create (POST /v1/companies) */
            creatableCompanyTypes: ("partner" | "direct" | "managed")[];
            csrfToken: string | null;
            actingFrom: components["schemas"]["ActingFrom"] | null;
        };
        /** ApiKey */
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        /** ApiKeyList */
        ApiKeyList: {
            items: components["schemas"]["ApiKey"][];
            nextCursor: string | null;
        };
        /** CreatedApiKey */
        CreatedApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            createdAt: string;
            /** @description Shown once */
            key: string;
        };
        /** CompanyList */
        CompanyList: {
            items: components["schemas"]["Company"][];
            nextCursor: string | null;
        };
        /** UserList */
        UserList: {
            items: components["schemas"]["User"][];
            nextCursor: string | null;
        };
        /** AuditEvent */
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            actorUserId: string | null;
            actorEmail: string | null;
            companyId: string | null;
            action: string;
            targetType: string;
            targetId: string | null;
            before: unknown;
            after: unknown;
            requestId: string | null;
            actingForCompanyId: string | null;
        };
        /** AuditEventList */
        AuditEventList: {
            items: components["schemas"]["AuditEvent"][];
            nextCursor: string | null;
        };
        /**
         * SupportedBy
         * @description Who gives the account technical support
         * @enum {string}
         */
        SupportedBy: "partner" | "operator";
        /**
         * ManagedSettingName
         * @enum {string}
         */
        ManagedSettingName: "dashboard" | "supportChat" | "companyProfile" | "showPrices" | "supportedBy" | "approvalQueue";
        /** ManagedSettings */
        ManagedSettings: {
            /** Format: uuid */
            companyId: string;
            /** @description The account sees the dashboard */
            dashboard: boolean;
            /** @description The account may open support chat (with its partner or the operator, as supportedBy says) */
            supportChat: boolean;
            /** @description The account may view and edit its company profile */
            companyProfile: boolean;
            /** @description The account sees prices */
            showPrices: boolean;
            supportedBy: components["schemas"]["SupportedBy"];
            /** @description The partner's approvers approve the account's orders, speed changes and terminations first */
            approvalQueue: boolean;
            /** @description The settings the account does not set itself: its partner's defaults (or the spec's) apply */
            inherited: components["schemas"]["ManagedSettingName"][];
        };
        /**
         * PartnerDefaults
         * @description What every managed account of the partner gets unless it sets its own (null fields: the product's defaults)
         */
        PartnerDefaults: {
            /** Format: uuid */
            partnerId: string;
            /** @description The account sees the dashboard */
            dashboard: boolean;
            supportChat: boolean | null;
            /** @description The account may view and edit its company profile */
            companyProfile: boolean;
            /** @description The account sees prices */
            showPrices: boolean;
            supportedBy: components["schemas"]["SupportedBy"];
            /** @description The partner's approvers approve the account's orders, speed changes and terminations first */
            approvalQueue: boolean;
        };
        /**
         * PartnerBranding
         * @description What the partner's managed accounts see of it in the portal and in their e-mails
         */
        PartnerBranding: {
            /** Format: uuid */
            partnerId: string;
            displayName: string;
            logoUrl: string | null;
            primaryColor: string | null;
            supportEmail: string | null;
            supportUrl: string | null;
            supportPhone: string | null;
            /** @description False: the partner has set nothing yet, and this is its company name */
            custom: boolean;
        };
        /**
         * BillingMarket
         * @description A country where the company (and a partner's managed accounts) may order services
         */
        BillingMarket: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            /** @description ISO 3166-1 alpha-2 */
            country: string;
            enabledBy: string | null;
            /** Format: date-time */
            enabledAt: string;
        };
        /**
         * BillingMarketList
         * @description All of the company's markets, by country (at most one per country: no pages)
         */
        BillingMarketList: {
            items: components["schemas"]["BillingMarket"][];
        };
        /** SupportEntry */
        SupportEntry: {
            /**
             * @description Who supports the user’s company
             * @enum {string}
             */
            supportedBy: "partner" | "operator";
            /** Format: uuid */
            companyId: string;
            /** @description Shown as "Support by …": the branding’s display name, else the company name */
            name: string;
            email: string | null;
            phone: string | null;
            url: string | null;
            chatUrl: string | null;
        };
        /**
         * Look
         * @description How the user's portal and e-mails look: their partner's branding, the operator's, or Portico's own (brandedBy null)
         */
        Look: {
            brandedBy: string | null;
            /** @description The name the portal and e-mails show (Portico when nobody set one) */
            displayName: string;
            logoUrl: string | null;
            primaryColor: string | null;
            supportEmail: string | null;
            supportUrl: string | null;
            supportPhone: string | null;
        };
        /**
         * SupportDetails
         * @description Whom the operator's support contacts about the company's services
         */
        SupportDetails: {
            /** Format: uuid */
            companyId: string;
            nocEmail: string | null;
            nocPhone: string | null;
            escalation: string | null;
            updatedAt: string | null;
        };
        /**
         * PartnerApprovalState
         * @enum {string}
         */
        PartnerApprovalState: "pending" | "approved" | "rejected" | "withdrawn";
        /**
         * PartnerApprovalKind
         * @description connection: a new order; speed_change: a rate change; termination: decommissioning a live connection
         * @enum {string}
         */
        PartnerApprovalKind: "connection" | "speed_change" | "termination";
        /** PartnerApproval */
        PartnerApproval: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["PartnerApprovalKind"];
            state: components["schemas"]["PartnerApprovalState"];
            /** Format: uuid */
            companyId: string;
            companyName: string;
            accountRef: string | null;
            /** Format: uuid */
            connectionId: string;
            /**
             * Format: uuid
             * @description The connection (connection, termination) or the speed change (speed_change)
             */
            subjectId: string;
            summary: {
                connectionName: string;
                providerName: string;
                aPortName: string;
                bPortName: string;
                /** @description The connection’s rate limit when asked */
                rateLimitMbps: number;
                toMbps: number | null;
            };
            reason: string | null;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string | null;
            requestedByName: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
            decidedByName: string | null;
        };
        /** PartnerApprovalList */
        PartnerApprovalList: {
            items: components["schemas"]["PartnerApproval"][];
            nextCursor: string | null;
        };
        /** PendingPartnerApprovals */
        PendingPartnerApprovals: {
            total: number;
            /** @description Accounts with at least one pending request */
            byCompany: {
                /** Format: uuid */
                companyId: string;
                pending: number;
            }[];
        };
        /** Location */
        Location: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Market / metro */
            market: string;
            /** @description ISO 3166-1 alpha-2 */
            country: string;
            region: string;
            latitude: number;
            longitude: number;
            /** @description Whether the caller's company may order services here: it has a billing market in the location's country (a managed account: its partner has); the operator's company: always */
            orderable: boolean;
        };
        /** LocationList */
        LocationList: {
            items: components["schemas"]["Location"][];
            nextCursor: string | null;
        };
        /**
         * MarketplaceVisibility
         * @description Whether the marketplace lists the port; ports are ordered private unless told
         * @enum {string}
         */
        MarketplaceVisibility: "public" | "private";
        /**
         * PortKind
         * @description A physical port, or a cloud router (MCR)
         * @enum {string}
         */
        PortKind: "port" | "mcr";
        /**
         * PortStatus
         * @enum {string}
         */
        PortStatus: "DEPLOYABLE" | "CONFIGURED" | "LIVE" | "CANCELLED" | "DECOMMISSIONED";
        /** Port */
        Port: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            locationId: string;
            kind: components["schemas"]["PortKind"];
            name: string;
            speedMbps: number;
            marketplaceVisibility: components["schemas"]["MarketplaceVisibility"];
            provisioningStatus: components["schemas"]["PortStatus"];
            /** Format: date-time */
            orderedAt: string;
            configuredAt: string | null;
            liveAt: string | null;
            cancelledAt: string | null;
            decommissionedAt: string | null;
        };
        /** PortList */
        PortList: {
            items: components["schemas"]["Port"][];
            nextCursor: string | null;
        };
        /**
         * ServiceCategory
         * @enum {string}
         */
        ServiceCategory: "cloud" | "internet" | "security" | "storage" | "compute" | "voice" | "content-delivery" | "data-centre" | "managed-services" | "iot";
        /** ProviderProfile */
        ProviderProfile: {
            /** Format: uuid */
            companyId: string;
            title: string;
            description: string;
            services: components["schemas"]["ServiceCategory"][];
            contactEmail: string;
            website: string | null;
            phone: string | null;
            hqAddress: components["schemas"]["BillingAddress"] | null;
            logoUrl: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        /** Provider */
        Provider: {
            /** Format: uuid */
            companyId: string;
            title: string;
            description: string;
            services: components["schemas"]["ServiceCategory"][];
            logoUrl: string | null;
            ports: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                locationId: string;
                locationName: string;
                speedMbps: number;
                distanceKm?: number;
            }[];
        };
        /** ProviderList */
        ProviderList: {
            items: components["schemas"]["Provider"][];
            nextCursor: string | null;
        };
        /** ServiceKey */
        ServiceKey: {
            /** Format: uuid */
            id: string;
            key: string;
            /** Format: uuid */
            portId: string;
            portName: string;
            /** Format: uuid */
            companyId: string;
            singleUse: boolean;
            maxSpeedMbps: number;
            vlan: number | null;
            validFrom: string | null;
            validTo: string | null;
            active: boolean;
            preApproved: boolean;
            description: string | null;
            lastUsedAt: string | null;
            usedCount: number;
            spentAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** ServiceKeyList */
        ServiceKeyList: {
            items: components["schemas"]["ServiceKey"][];
            nextCursor: string | null;
        };
        /** ServiceKeyPreview */
        ServiceKeyPreview: {
            /** Format: uuid */
            portId: string;
            portName: string;
            /** Format: uuid */
            locationId: string;
            /** Format: uuid */
            providerCompanyId: string;
            providerName: string;
            maxSpeedMbps: number;
            vlan: number | null;
            preApproved: boolean;
        };
        /**
         * ConnectionState
         * @description AWAITING_PARTNER: a managed account’s order waits in its partner’s approval queue; REJECTED: the partner rejected it (the provider never saw it)
         * @enum {string}
         */
        ConnectionState: "AWAITING_PARTNER" | "AWAITING_APPROVAL" | "DEPLOYABLE" | "CONFIGURED" | "LIVE" | "DENIED" | "REJECTED" | "CANCELLED" | "DECOMMISSIONED";
        /**
         * ApprovalState
         * @description The provider’s approval; awaiting_partner / partner_rejected: the managed account’s partner holds or rejected the order first
         * @enum {string}
         */
        ApprovalState: "awaiting_partner" | "pending" | "accepted" | "denied" | "partner_rejected" | "pre_approved" | "withdrawn";
        /**
         * PartnerApprovalKindOfConnection
         * @enum {string}
         */
        PartnerApprovalKindOfConnection: "connection" | "speed_change" | "termination";
        /**
         * SpeedChangeState
         * @description AWAITING_PARTNER: waits in the managed account’s partner’s approval queue; AWAITING_APPROVAL: waits for the provider
         * @enum {string}
         */
        SpeedChangeState: "AWAITING_PARTNER" | "AWAITING_APPROVAL" | "APPLIED" | "REJECTED" | "CANCELLED";
        /**
         * Connection
         * @description history[].byName and speedChanges come with GET /v1/connections/{id}
         */
        Connection: {
            /** Format: uuid */
            id: string;
            name: string;
            state: components["schemas"]["ConnectionState"];
            rateLimitMbps: number;
            /** Format: uuid */
            companyId: string;
            companyName: string;
            /** Format: uuid */
            providerCompanyId: string;
            providerName: string;
            /** Format: date-time */
            createdAt: string;
            aEnd: {
                /** Format: uuid */
                portId: string;
                vlan: number;
                portName: string;
                /** Format: uuid */
                locationId: string;
            };
            bEnd: {
                /** Format: uuid */
                portId: string;
                vlan: number | null;
                portName: string;
                /** Format: uuid */
                locationId: string;
            };
            serviceKeyId: string | null;
            pendingSpeedChange: {
                /** Format: uuid */
                id: string;
                rateLimitMbps: number;
                /** Format: date-time */
                requestedAt: string;
            } | null;
            approval: {
                state: components["schemas"]["ApprovalState"];
                reason: string | null;
                decidedAt: string | null;
            };
            history: {
                state: components["schemas"]["ConnectionState"];
                /** Format: date-time */
                at: string;
                by: string | null;
                byName?: string | null;
            }[];
            /** @description GET /v1/connections/{id} only, for the customer: what waits in its partner’s approval queue (GET /v1/partner-approvals/{id}) */
            partnerApprovals?: {
                /** Format: uuid */
                id: string;
                kind: components["schemas"]["PartnerApprovalKindOfConnection"];
                /** Format: date-time */
                requestedAt: string;
            }[];
            speedChanges?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                connectionId: string;
                fromMbps: number;
                toMbps: number;
                state: components["schemas"]["SpeedChangeState"];
                reason: string | null;
                /** Format: date-time */
                requestedAt: string;
                requestedBy: string | null;
                requestedByName: string | null;
                decidedAt: string | null;
                decidedBy: string | null;
                decidedByName: string | null;
            }[];
        };
        /**
         * Side
         * @description customer: my A-ends (what I ordered); provider: my B-ends (what was ordered from me)
         * @enum {string}
         */
        Side: "customer" | "provider";
        /** ConnectionList */
        ConnectionList: {
            items: components["schemas"]["Connection"][];
            nextCursor: string | null;
        };
        /** ConnectionSummary */
        ConnectionSummary: {
            side: components["schemas"]["Side"];
            byState: {
                [key: string]: number;
            };
            liveBandwidthByLocation: {
                /** Format: uuid */
                locationId: string;
                locationName: string;
                rateLimitMbps: number;
                connections: number;
            }[];
        };
        /** SpeedChange */
        SpeedChange: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            connectionId: string;
            fromMbps: number;
            toMbps: number;
            state: components["schemas"]["SpeedChangeState"];
            reason: string | null;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
        };
        /** Approvals */
        Approvals: {
            items: ({
                /** @enum {string} */
                kind: "connection";
                connection: components["schemas"]["Connection"];
            } | {
                /** @enum {string} */
                kind: "speed_change";
                speedChange: components["schemas"]["SpeedChange"];
                connection: components["schemas"]["Connection"];
            })[];
            nextCursor: null;
        };
        /**
         * PricedProduct
         * @description port and mcr by speedMbps, vxc by a rate-limit band, package (wholesale, per user) by its name
         * @enum {string}
         */
        PricedProduct: "port" | "mcr" | "vxc" | "package";
        /** PriceBookItem */
        PriceBookItem: {
            product: components["schemas"]["PricedProduct"];
            /** @description port and mcr: the speed priced */
            speedMbps?: number;
            /** @description vxc: the lowest rate limit of the band (inclusive) */
            rateLimitMinMbps?: number;
            /** @description vxc: the highest rate limit of the band (inclusive) */
            rateLimitMaxMbps?: number;
            package?: string;
            /** @description The billing market: an ISO 3166-1 alpha-2 country; a location's country chooses it */
            market: string;
            /** @description ISO 4217; every item of a market has the same */
            currency: string;
            /** @description The monthly price in the currency's minor units (cents), an integer */
            monthlyMinor: number;
        };
        /** PriceBook */
        PriceBook: {
            items: components["schemas"]["PriceBookItem"][];
            updatedAt: string | null;
        };
        /**
         * QuotedProduct
         * @enum {string}
         */
        QuotedProduct: "port" | "mcr" | "vxc";
        /** Price */
        Price: {
            product: components["schemas"]["QuotedProduct"];
            speedMbps?: number;
            rateLimitMbps?: number;
            /** Format: uuid */
            locationId: string;
            /** @description The location's country, the billing market that prices it */
            market: string;
            currency: string;
            /** @description The monthly price in the currency's minor units */
            monthlyMinor: number;
        };
        /** ChargeLine */
        ChargeLine: {
            product: components["schemas"]["QuotedProduct"];
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            market: string;
            currency: string;
            /** @description The port's speed or the VXC's rate limit on these days */
            mbps: number;
            /** @description Day of the month, inclusive */
            firstDay: number;
            /** @description Day of the month, inclusive */
            lastDay: number;
            days: number;
            daysInMonth: number;
            /** @description The price book's monthly price */
            monthlyMinor: number;
            /** @description monthlyMinor × days / daysInMonth, rounded half up */
            amountMinor: number;
        };
        /**
         * CurrentCharges
         * @description This month's charges per company of the tree, as they will be invoiced if the services run to the month's end
         */
        CurrentCharges: {
            /** @description YYYY-MM, the month under way (UTC) */
            month: string;
            items: {
                /** Format: uuid */
                companyId: string;
                /** @description Ports, MCRs and VXCs the company holds this month */
                services: number;
                /** @description One total per currency of the lines */
                totals: {
                    currency: string;
                    amountMinor: number;
                }[];
                /** @description Each service’s charge so far, as its invoice line will read if it runs to the month’s end */
                lines: components["schemas"]["ChargeLine"][];
            }[];
        };
        /** InvoiceSummary */
        InvoiceSummary: {
            /** Format: uuid */
            id: string;
            number: string;
            /** Format: uuid */
            companyId: string;
            /** @description A calendar month, YYYY-MM (UTC) */
            month: string;
            /** @description One total per currency of the lines */
            totals: {
                currency: string;
                amountMinor: number;
            }[];
            /** Format: date-time */
            createdAt: string;
        };
        /** InvoiceList */
        InvoiceList: {
            items: components["schemas"]["InvoiceSummary"][];
            nextCursor: string | null;
        };
        /**
         * InvoiceAccount
         * @description One account's part of the invoice: the payer's own services, or one managed account's
         */
        InvoiceAccount: {
            /** Format: uuid */
            companyId: string;
            name: string;
            accountRef: string | null;
            /** @description One total per currency of the lines */
            totals: {
                currency: string;
                amountMinor: number;
            }[];
        };
        /** InvoiceLine */
        InvoiceLine: {
            /** Format: uuid */
            accountCompanyId: string;
            accountName: string;
            accountRef: string | null;
            product: components["schemas"]["QuotedProduct"];
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            market: string;
            currency: string;
            /** @description The port's speed or the VXC's rate limit on these days */
            mbps: number;
            /** @description Day of the month, inclusive */
            firstDay: number;
            /** @description Day of the month, inclusive */
            lastDay: number;
            days: number;
            daysInMonth: number;
            /** @description The price book's monthly price */
            monthlyMinor: number;
            /** @description monthlyMinor × days / daysInMonth, rounded half up */
            amountMinor: number;
        };
        /** Invoice */
        Invoice: {
            /** Format: uuid */
            id: string;
            number: string;
            /** Format: uuid */
            companyId: string;
            /** @description A calendar month, YYYY-MM (UTC) */
            month: string;
            /** @description One total per currency of the lines */
            totals: {
                currency: string;
                amountMinor: number;
            }[];
            /** Format: date-time */
            createdAt: string;
            companyName: string;
            /** @description The payer's own part first, then one per managed account */
            accounts: components["schemas"]["InvoiceAccount"][];
            lines: components["schemas"]["InvoiceLine"][];
        };
        /**
         * NotificationTypeName
         * @enum {string}
         */
        NotificationTypeName: "security.password_changed" | "security.api_key_created" | "security.new_login" | "security.email_changed" | "people.user_added" | "people.user_removed" | "company.profile_changed" | "company.deprovisioned" | "ordering.partner_approval_requested" | "ordering.partner_approval_approved" | "ordering.partner_approval_rejected" | "ordering.connection_requested" | "ordering.connection_ordered" | "ordering.connection_accepted" | "ordering.connection_denied" | "ordering.connection_withdrawn" | "ordering.connection_cancelled" | "ordering.speed_change_requested" | "ordering.speed_change_accepted" | "ordering.speed_change_rejected" | "ordering.speed_change_withdrawn" | "ordering.service_key_used" | "services.connection_decommissioned" | "services.connection_decommissioned_by_customer" | "services.connection_live" | "financial.invoice_ready" | "company.webhook_disabled" | "services.maintenance_announced" | "company.screening_review_opened" | "company.screening_deprovisioned" | "company.screening_contact" | "services.wholesale_customer_status" | "services.wholesale_provisioning_failed" | "people.wholesale_subscriber_created" | "people.wholesale_subscriber_updated" | "people.wholesale_subscriber_removed" | "financial.wholesale_billing_report_ready";
        /**
         * NotificationGroup
         * @enum {string}
         */
        NotificationGroup: "security" | "ordering" | "financial" | "people" | "company" | "services";
        /**
         * Audience
         * @description Who receives it: the user concerned, the company’s subscribers, a managed account’s partner, the approvers, the operator’s compliance officers, or only the company’s webhooks (integrations)
         * @enum {string}
         */
        Audience: "affected_user" | "company_subscribers" | "partner_for_managed" | "approvers" | "compliance_officers" | "integrations";
        /** NotificationType */
        NotificationType: {
            type: components["schemas"]["NotificationTypeName"];
            group: components["schemas"]["NotificationGroup"];
            audience: components["schemas"]["Audience"];
            description: string;
        };
        /** NotificationCatalogue */
        NotificationCatalogue: {
            items: components["schemas"]["NotificationType"][];
            groups: {
                group: components["schemas"]["NotificationGroup"];
                name: string;
                description: string;
            }[];
            nextCursor: null;
        };
        /** NotificationPreferences */
        NotificationPreferences: {
            groups: {
                /** @description Always true: security notices cannot be turned off */
                security: boolean;
                ordering: boolean;
                financial: boolean;
                people: boolean;
                company: boolean;
                services: boolean;
            };
            /** @description False for roles that may not subscribe (finance, read_only, compliance officers) */
            canSubscribe: boolean;
            reason: string | null;
        };
        /** Notification */
        Notification: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["NotificationTypeName"];
            group: components["schemas"]["NotificationGroup"];
            title: string;
            body: string;
            link: string | null;
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** NotificationFeed */
        NotificationFeed: {
            items: components["schemas"]["Notification"][];
            nextCursor: string | null;
            unreadCount: number;
        };
        /**
         * MaintenanceKind
         * @enum {string}
         */
        MaintenanceKind: "maintenance" | "outage";
        /** MaintenanceEvent */
        MaintenanceEvent: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MaintenanceKind"];
            title: string;
            description: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            locationIds: string[];
            portIds: string[];
            /** Format: date-time */
            createdAt: string;
        };
        /** MaintenanceEventList */
        MaintenanceEventList: {
            items: components["schemas"]["MaintenanceEvent"][];
            nextCursor: string | null;
        };
        /**
         * EmailStatus
         * @enum {string}
         */
        EmailStatus: "pending" | "sent" | "stored" | "dead";
        /** EmailDelivery */
        EmailDelivery: {
            /** Format: uuid */
            id: string;
            companyId: string | null;
            userId: string | null;
            type: string;
            to: string;
            language: components["schemas"]["Language"];
            subject: string | null;
            status: components["schemas"]["EmailStatus"];
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
            deadAt: string | null;
        };
        /** EmailDeliveryList */
        EmailDeliveryList: {
            items: components["schemas"]["EmailDelivery"][];
            nextCursor: string | null;
        };
        /** Email */
        Email: {
            /** Format: uuid */
            id: string;
            companyId: string | null;
            userId: string | null;
            type: string;
            to: string;
            language: components["schemas"]["Language"];
            subject: string;
            status: components["schemas"]["EmailStatus"];
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
            deadAt: string | null;
            html: string;
            text: string;
        };
        /** CreatedWebhook */
        CreatedWebhook: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            url: string;
            eventTypes: string[];
            description: string | null;
            active: boolean;
            consecutiveFailures: number;
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Shown once: verify signatures with it */
            secret: string;
        };
        /** Webhook */
        Webhook: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            url: string;
            eventTypes: string[];
            description: string | null;
            active: boolean;
            consecutiveFailures: number;
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** WebhookList */
        WebhookList: {
            items: components["schemas"]["Webhook"][];
            nextCursor: string | null;
        };
        /**
         * WebhookDeliveryStatus
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed";
        /** WebhookDelivery */
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            eventId: string | null;
            eventType: string;
            status: components["schemas"]["WebhookDeliveryStatus"];
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
        };
        /** WebhookDeliveryList */
        WebhookDeliveryList: {
            items: components["schemas"]["WebhookDelivery"][];
            nextCursor: string | null;
        };
        /**
         * ScreeningListName
         * @description csl: the US Consolidated Screening List; dpl: the BIS Denied Persons List; sdn: OFAC’s SDN list
         * @enum {string}
         */
        ScreeningListName: "csl" | "dpl" | "sdn";
        /** ScreeningListImport */
        ScreeningListImport: {
            /** Format: uuid */
            id: string;
            list: components["schemas"]["ScreeningListName"];
            /** @description The file name, directory or URL it was imported from */
            version: string;
            /** @description SHA-256 of the bytes imported */
            checksum: string;
            entries: number;
            badRows: number;
            /** @description The first bad rows (up to 50) with their lines */
            badRowSample: {
                line: number;
                reason: string;
            }[];
            importedBy: string | null;
            /** Format: date-time */
            importedAt: string;
            /** @description The version screening uses now (one per list) */
            active: boolean;
        };
        /** ScreeningListImports */
        ScreeningListImports: {
            items: components["schemas"]["ScreeningListImport"][];
        };
        /** ScreeningRescreen */
        ScreeningRescreen: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            listId: string;
            total: number;
            done: number;
            potentialMatches: number;
            /** Format: date-time */
            startedAt: string;
            finishedAt: string | null;
        };
        /** ScreeningRescreens */
        ScreeningRescreens: {
            items: components["schemas"]["ScreeningRescreen"][];
        };
        /** ScreeningTokenPair */
        ScreeningTokenPair: {
            /** @description The word(s) of the screened name */
            query: string;
            /** @description The word(s) of the listed name */
            matched: string;
            similarity: number;
            /** @description How distinctive the word is in the lists (inverse document frequency) */
            weight: number;
        };
        /** ScreeningUnmatchedWord */
        ScreeningUnmatchedWord: {
            token: string;
            weight: number;
        };
        /** ScreeningExplanation */
        ScreeningExplanation: {
            entry: {
                listEntryId: string;
                source: string;
                name: string;
                /** @description The entry's other names on the list */
                aliases?: string[];
                entityType: string | null;
                countries: string[];
                addresses: string[];
            };
            /** @description The listed name or alias that matched best */
            matchedName: string;
            matchedAlias: boolean;
            nameScore: number;
            pairs: components["schemas"]["ScreeningTokenPair"][];
            /** @description Words of the screened name that matched nothing (they lower the score) */
            unmatchedQuery: components["schemas"]["ScreeningUnmatchedWord"][];
            /** @description Words of the listed name that matched nothing */
            unmatchedEntry: components["schemas"]["ScreeningUnmatchedWord"][];
            country: {
                query: string;
                listed: string[];
                effect: number;
            } | null;
            address: {
                sharedWords: string[];
                effect: number;
            } | null;
            /**
             * @description strong: ≥ the strong threshold; review: ≥ the review threshold
             * @enum {string}
             */
            level: "strong" | "review" | "below";
        };
        /** ScreeningMatch */
        ScreeningMatch: {
            listEntryId: string;
            /** @description The source list: SDN, EL, DPL, … */
            source: string;
            name: string;
            matchedName: string;
            score: number;
            explanation: components["schemas"]["ScreeningExplanation"];
        };
        /** ScreeningResult */
        ScreeningResult: {
            /** @description Best first */
            matches: components["schemas"]["ScreeningMatch"][];
            thresholds: {
                strong: number;
                review: number;
            };
            /** @description The list versions screened against */
            lists: string[];
        };
        /** ScreeningSubject */
        ScreeningSubject: {
            name: string;
            country: string | null;
            address: string | null;
        };
        /** ScreeningReview */
        ScreeningReview: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "approved" | "rejected";
            /** Format: date-time */
            openedAt: string;
            customer: {
                /** Format: uuid */
                id: string;
                name: string;
                type: string;
                partnerId: string | null;
                partnerName: string | null;
                accountRef: string | null;
                billingAddress: components["schemas"]["BillingAddress"] | null;
                deprovisionedAt: string | null;
            };
            screened: components["schemas"]["ScreeningSubject"];
            matches: components["schemas"]["ScreeningMatch"][];
            /** @description What later checks found while the review was open */
            updates: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                kind: "new_match" | "match_gone";
                listEntryId: string;
                name: string;
                score: number | null;
                /** Format: uuid */
                checkId: string;
            }[];
            decidedBy: string | null;
            decidedByName: string | null;
            decidedAt: string | null;
            note: string | null;
            contactAttempts: {
                /** Format: uuid */
                id: string;
                channel: string;
                /** @enum {string} */
                outcome: "reached" | "not_reached";
                note: string;
                by: string | null;
                byName: string | null;
                /** Format: date-time */
                at: string;
            }[];
            /** @description Failed attempts since the last that reached someone (3 deprovision) */
            failedContacts: number;
            deprovisionDueAt: string | null;
            deprovisionedAt: string | null;
            deprovisionReason: ("non_compliant_30_days" | "partner_not_reached") | null;
        };
        /** ScreeningReviews */
        ScreeningReviews: {
            items: components["schemas"]["ScreeningReview"][];
        };
        /** ScreeningContactAttemptResult */
        ScreeningContactAttemptResult: {
            /** Format: uuid */
            id: string;
            review: components["schemas"]["ScreeningReview"];
        };
        /** CompanyCompliance */
        CompanyCompliance: {
            /** Format: uuid */
            companyId: string;
            status: ("pending" | "clear" | "potential_match" | "approved" | "rejected") | null;
            checkedAt: string | null;
            deprovisionedAt: string | null;
            history: {
                /** @enum {string} */
                status: "pending" | "clear" | "potential_match" | "approved" | "rejected" | "deprovisioned";
                reason: string;
                /** Format: date-time */
                at: string;
                reviewId: string | null;
                byName: string | null;
                note: string | null;
            }[];
            checks: {
                /** Format: uuid */
                id: string;
                reason: string;
                /** @enum {string} */
                result: "clear" | "potential_match";
                /** Format: date-time */
                checkedAt: string;
                matches: number;
                subject?: components["schemas"]["ScreeningSubject"];
                topMatches?: {
                    listEntryId: string;
                    name: string;
                    score: number;
                }[];
            }[];
            reviews: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "open" | "approved" | "rejected";
                /** Format: date-time */
                openedAt: string;
                decidedAt: string | null;
            }[];
        };
        /**
         * WholesaleRegion
         * @description The dial-in region (docs/wholesale.md, Dial-in)
         * @enum {string}
         */
        WholesaleRegion: "AMER" | "APAC" | "ANZ" | "EMEA" | "EURO";
        /**
         * WholesaleAuthMethod
         * @description platform: users log in with the platform's own login; saml: with the partner's SAML 2.0 identity provider (samlMetadata)
         * @enum {string}
         */
        WholesaleAuthMethod: "platform" | "saml";
        /**
         * WholesaleEmailSettings
         * @description The e-mails to the customers provisioned with the template
         */
        WholesaleEmailSettings: {
            fromName?: string;
            /** Format: email */
            replyTo?: string;
            /** @description true: new customers' users get no welcome e-mail (the partner sends its own) */
            suppressWelcomeEmail?: boolean;
        };
        /**
         * WholesaleCallingSettings
         * @description The calling defaults of the customers provisioned with the template
         */
        WholesaleCallingSettings: {
            /** @description An IANA time zone (Europe/Berlin) for new locations */
            defaultTimeZone?: string;
            /** @description The caller id shown on outbound calls, E.164 (+4930…) */
            outboundCallerId?: string;
            /** @description The digits of an internal extension */
            extensionLength?: number;
        };
        /**
         * CreateWholesaleTemplate
         * @description Exactly one of country and region; samlMetadata exactly when authMethod is saml
         */
        CreateWholesaleTemplate: {
            name: string;
            /** Format: email */
            providerAdminEmail: string;
            /** @description ISO 3166-1 alpha-2 country code, upper case; its region follows (docs/wholesale.md) */
            country?: string;
            region?: components["schemas"]["WholesaleRegion"];
            defaultEmailLanguage: components["schemas"]["Language"];
            subscription: string;
            pstnProvider?: string | null;
            authMethod: components["schemas"]["WholesaleAuthMethod"];
            /** @description The partner IdP's SAML 2.0 metadata: an XML document whose root is an EntityDescriptor with an IDPSSODescriptor */
            samlMetadata?: string;
            emailSettings?: components["schemas"]["WholesaleEmailSettings"];
            callingSettings?: components["schemas"]["WholesaleCallingSettings"];
        };
        /**
         * WholesaleTemplate
         * @description A partner's onboarding template: what its customers are provisioned with
         */
        WholesaleTemplate: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            name: string;
            /** @description What customer creation names the template by: copy it into your integration */
            provisioningId: string;
            providerAdminEmail: string;
            country: string | null;
            region: components["schemas"]["WholesaleRegion"];
            defaultEmailLanguage: components["schemas"]["Language"];
            subscription: string;
            pstnProvider: string | null;
            /** @description true when a cloud-connected PSTN provider is set: allowed, but not recommended */
            pstnNotRecommended: boolean;
            authMethod: components["schemas"]["WholesaleAuthMethod"];
            samlMetadata: string | null;
            samlEntityId: string | null;
            emailSettings: components["schemas"]["WholesaleEmailSettings"];
            callingSettings: components["schemas"]["WholesaleCallingSettings"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** WholesaleTemplateList */
        WholesaleTemplateList: {
            items: components["schemas"]["WholesaleTemplate"][];
            nextCursor: string | null;
        };
        /**
         * UpdateWholesaleTemplate
         * @description The fields to change; emailSettings and callingSettings replace the whole object; country replaces a region and region a country; authMethod platform drops the SAML metadata
         */
        UpdateWholesaleTemplate: {
            name?: string;
            /** Format: email */
            providerAdminEmail?: string;
            /** @description ISO 3166-1 alpha-2 country code, upper case; its region follows (docs/wholesale.md) */
            country?: string;
            region?: components["schemas"]["WholesaleRegion"];
            defaultEmailLanguage?: components["schemas"]["Language"];
            subscription?: string;
            pstnProvider?: string | null;
            authMethod?: components["schemas"]["WholesaleAuthMethod"];
            /** @description The partner IdP's SAML 2.0 metadata: an XML document whose root is an EntityDescriptor with an IDPSSODescriptor */
            samlMetadata?: string;
            emailSettings?: components["schemas"]["WholesaleEmailSettings"];
            callingSettings?: components["schemas"]["WholesaleCallingSettings"];
        };
        /**
         * WholesalePackageKind
         * @enum {string}
         */
        WholesalePackageKind: "base" | "addon";
        /** WholesaleCataloguePackage */
        WholesaleCataloguePackage: {
            name: string;
            kind: components["schemas"]["WholesalePackageKind"];
            tier?: number;
            callingEnabled?: boolean;
            requiresAnyOf?: string[];
            requiresCalling?: boolean;
        };
        /** WholesaleCatalogue */
        WholesaleCatalogue: {
            packages: components["schemas"]["WholesaleCataloguePackage"][];
            dataRegions: string[];
        };
        /** WholesaleCustomerInfo */
        WholesaleCustomerInfo: {
            name: string;
            /**
             * Format: email
             * @description The customer’s full administrator
             */
            primaryEmail: string;
            language?: components["schemas"]["Language"];
        };
        /** WholesaleAddress */
        WholesaleAddress: {
            addressLine1: string;
            addressLine2?: string;
            city: string;
            stateOrProvince?: string;
            zipOrPostalCode?: string;
            /** @description ISO 3166-1 alpha-2 country code, upper case */
            country: string;
        };
        /** WholesalePackageLine */
        WholesalePackageLine: {
            /** @description A package of the catalogue (GET /v1/wholesale/packages) */
            name: string;
            /** @description How many may be assigned: 1 to 1000000 */
            quantity: number;
        };
        /**
         * WholesaleHeadquarters
         * @description The first location; absent: the billing address
         */
        WholesaleHeadquarters: {
            name?: string;
            address?: components["schemas"]["WholesaleAddress"];
            /** @description An IANA time zone of the headquarters location */
            timeZone?: string;
        };
        /** CreateWholesaleCustomer */
        CreateWholesaleCustomer: {
            /** @description The onboarding template’s provisioning id (prv_…) */
            provisioningId: string;
            /** @description Your own reference for the customer, unique among your customers: a retried create returns the customer it made */
            externalId: string;
            customerInfo: components["schemas"]["WholesaleCustomerInfo"];
            address: components["schemas"]["WholesaleAddress"];
            packages: components["schemas"]["WholesalePackageLine"][];
            headquarters?: components["schemas"]["WholesaleHeadquarters"];
            /** @description Where the customer’s data lives: one of the regions the operator offers (GET /v1/wholesale/packages lists them); absent: the first */
            dataRegion?: string;
            /** @description The subscription is for your own organisation: no new company is made, and you appear in your own customer list (one at a time) */
            ownOrganisation?: boolean;
        };
        /** WholesaleCustomerAccepted */
        WholesaleCustomerAccepted: {
            /** Format: uuid */
            id: string;
            url: string;
        };
        /**
         * WholesaleCustomerStatus
         * @description pending_rpl_review: provisioned, and a restricted-party review is open (docs/wholesale.md)
         * @enum {string}
         */
        WholesaleCustomerStatus: "provisioning" | "provisioned" | "provisioned_with_errors" | "error" | "pending_rpl_review" | "deprovisioning" | "deprovisioned";
        /**
         * WholesaleProvisioningStatus
         * @enum {string}
         */
        WholesaleProvisioningStatus: "provisioning" | "provisioned" | "provisioned_with_errors" | "error" | "deprovisioning" | "deprovisioned";
        /**
         * WholesalePackageStatus
         * @enum {string}
         */
        WholesalePackageStatus: "pending" | "provisioning" | "provisioned" | "error";
        /** WholesaleProvisioningNote */
        WholesaleProvisioningNote: {
            code: string;
            detail: string;
            field?: string;
            package?: string;
        };
        /** WholesaleCustomerPackage */
        WholesaleCustomerPackage: {
            name: string;
            quantity: number;
            assigned: number;
            status: components["schemas"]["WholesalePackageStatus"];
            error: components["schemas"]["WholesaleProvisioningNote"] | null;
        };
        /** WholesaleCustomer */
        WholesaleCustomer: {
            /** Format: uuid */
            id: string;
            url: string;
            /** Format: uuid */
            partnerId: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            templateId: string;
            externalId: string;
            /** @description The partner’s own organisation (companyId = partnerId) */
            ownOrganisation: boolean;
            status: components["schemas"]["WholesaleCustomerStatus"];
            provisioningStatus: components["schemas"]["WholesaleProvisioningStatus"];
            customerInfo: {
                name: string;
                primaryEmail: string;
                language: components["schemas"]["Language"];
            };
            address: components["schemas"]["WholesaleAddress"];
            headquarters: {
                name?: string;
                address?: components["schemas"]["WholesaleAddress"];
                timeZone?: string;
            } | null;
            packages: components["schemas"]["WholesaleCustomerPackage"][];
            errors: components["schemas"]["WholesaleProvisioningNote"][];
            warnings: components["schemas"]["WholesaleProvisioningNote"][];
            compliance: {
                status: string | null;
                checkedAt: string | null;
            };
            dialIn: {
                country: string;
                countryCode: string;
                number: string;
                source: string;
                region: string;
            };
            dataRegion: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            provisionedAt: string | null;
            deprovisionedAt: string | null;
        };
        /** WholesaleCustomerList */
        WholesaleCustomerList: {
            items: components["schemas"]["WholesaleCustomer"][];
            nextCursor: string | null;
        };
        /** WholesaleCustomerValidation */
        WholesaleCustomerValidation: {
            ok: boolean;
            /** @description Why a create would be refused; empty when ok */
            problems: components["schemas"]["WholesaleProvisioningNote"][];
            /** @description What a create would accept but note (a PSTN provider, calling not offered in the country) */
            warnings: components["schemas"]["WholesaleProvisioningNote"][];
            /** @description What the customer would get */
            info: {
                region: string;
                dataRegion: string;
                dialIn: {
                    countryCode: string;
                    number: string;
                };
            };
        };
        /** UpdateWholesaleCustomer */
        UpdateWholesaleCustomer: {
            /** @description The complete package list: a package left out is removed (refused while assigned) */
            packages: components["schemas"]["WholesalePackageLine"][];
            address?: components["schemas"]["WholesaleAddress"];
        };
        /** CreateWholesaleLocation */
        CreateWholesaleLocation: {
            name: string;
            address: components["schemas"]["WholesaleAddress"];
            /** @description An IANA time zone (Europe/Berlin) */
            timeZone: string;
            language: components["schemas"]["Language"];
            /** @description Numbers of the location; each new on the platform */
            phoneNumbers?: string[];
        };
        /** WholesaleNumber */
        WholesaleNumber: {
            /** Format: uuid */
            id: string;
            number: string;
            subscriberId: string | null;
            assignedAt: string | null;
        };
        /** WholesaleLocation */
        WholesaleLocation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            customerId: string;
            name: string;
            address: components["schemas"]["WholesaleAddress"];
            timeZone: string;
            language: components["schemas"]["Language"];
            headquarters: boolean;
            numbers: components["schemas"]["WholesaleNumber"][];
            /** Format: date-time */
            createdAt: string;
        };
        /** WholesaleLocationList */
        WholesaleLocationList: {
            items: components["schemas"]["WholesaleLocation"][];
        };
        /** AddWholesaleNumbers */
        AddWholesaleNumbers: {
            numbers: string[];
        };
        /**
         * WholesaleSubscriberGivenRole
         * @description admin: gets the organisation’s package level
         * @enum {string}
         */
        WholesaleSubscriberGivenRole: "user" | "admin";
        /**
         * CreateWholesaleSubscriber
         * @description A calling package needs locationId and a phoneNumber of that location or an extension
         */
        CreateWholesaleSubscriber: {
            /** Format: uuid */
            customerId: string;
            /** Format: email */
            email: string;
            firstName: string;
            lastName: string;
            /** @description One of the customer’s base packages */
            package: string;
            /** Format: uuid */
            locationId?: string;
            /** @description A phone number, E.164 (+4930…) */
            phoneNumber?: string;
            /** @description An internal extension of the customer: 2 to 10 digits */
            extension?: string;
            role?: components["schemas"]["WholesaleSubscriberGivenRole"];
        };
        /**
         * WholesaleSubscriberRole
         * @enum {string}
         */
        WholesaleSubscriberRole: "user" | "admin" | "full_admin";
        /** WholesaleSubscriber */
        WholesaleSubscriber: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            customerId: string;
            email: string;
            firstName: string;
            lastName: string;
            package: string;
            role: components["schemas"]["WholesaleSubscriberRole"];
            locationId: string | null;
            phoneNumber: string | null;
            extension: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** WholesaleSubscriberList */
        WholesaleSubscriberList: {
            items: components["schemas"]["WholesaleSubscriber"][];
            nextCursor: string | null;
        };
        /**
         * UpdateWholesaleSubscriber
         * @description The fields to change; null removes a location, number or extension
         */
        UpdateWholesaleSubscriber: {
            /** @description One of the customer’s base packages */
            package?: string;
            locationId?: string | null;
            phoneNumber?: string | null;
            extension?: string | null;
            role?: components["schemas"]["WholesaleSubscriberGivenRole"];
        };
        /** WholesaleBulkProblem */
        WholesaleBulkProblem: {
            code: string;
            field: string;
            detail: string;
        };
        /** WholesaleBulkRow */
        WholesaleBulkRow: {
            /** @description The CSV line of the row (the header is line 1) */
            row: number;
            ok: boolean;
            /** Format: uuid */
            subscriberId?: string;
            problems: components["schemas"]["WholesaleBulkProblem"][];
        };
        /** WholesaleBulkResult */
        WholesaleBulkResult: {
            /** @description true: every row was created; false: none was */
            ok: boolean;
            created: number;
            rows: components["schemas"]["WholesaleBulkRow"][];
        };
        /**
         * WholesaleBillingReportType
         * @description partner: one row per package (and currency); customer: per customer and package; user: per subscriber and package (add-ons per line)
         * @enum {string}
         */
        WholesaleBillingReportType: "partner" | "customer" | "user";
        /** CreateWholesaleBillingReport */
        CreateWholesaleBillingReport: {
            /** @description The first day of the range (UTC), YYYY-MM-DD */
            from: string;
            /** @description The last day of the range, inclusive, not after today; at most 366 days after from */
            to: string;
            type: components["schemas"]["WholesaleBillingReportType"];
        };
        /**
         * WholesaleBillingReportStatus
         * @enum {string}
         */
        WholesaleBillingReportStatus: "queued" | "generating" | "ready" | "failed";
        /** WholesaleBillingReport */
        WholesaleBillingReport: {
            /** Format: uuid */
            id: string;
            url: string;
            /** Format: uuid */
            partnerId: string;
            type: components["schemas"]["WholesaleBillingReportType"];
            from: string;
            to: string;
            status: components["schemas"]["WholesaleBillingReportStatus"];
            rowCount: number | null;
            error: string | null;
            downloadUrl: string | null;
            /** Format: date-time */
            createdAt: string;
            completedAt: string | null;
        };
        /** WholesaleBillingReportList */
        WholesaleBillingReportList: {
            items: components["schemas"]["WholesaleBillingReport"][];
            nextCursor: string | null;
        };
    };
    responses: {
        /** @description The input is not valid; `field` names the offending input. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid credentials: log in, or send a valid API key or token. */
        Unauthenticated: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller may not do this (role, company, or a missing X-CSRF-Token with cookie authentication). */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource, or it is outside your company tree. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource is not in a state that allows this, or the request collides with another. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed, but it does not apply to this resource (e.g. settings of a company that is not a managed account). */
        Unprocessable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many attempts; wait as long as `Retry-After` says. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                /** @description Seconds to wait before trying again */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something went wrong on our side; quote the request id when you report it. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A dependency (the database) does not answer. */
        Unavailable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request id: yours when you sent a sane one, else ours */
        XRequestId: string;
        /** @description `true` when this answer replays the first request with the same Idempotency-Key */
        IdempotentReplayed: "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealthz: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Liveness) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getReadyz: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Readiness) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    authLogin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK (LoginResponse) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    authLogout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Me) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    firstName?: string;
                    lastName?: string;
                    language?: components["schemas"]["Language"];
                };
            };
        };
        responses: {
            /** @description OK (User) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    replaceMyActingFor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    companyId: string;
                };
            };
        };
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteMyActingFor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    myPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ApiKeyList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    role?: components["schemas"]["Role"];
                };
            };
        };
        responses: {
            /** @description Created (CreatedApiKey) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                type?: components["schemas"]["CompanyType"];
                /** @description Part of the name or the account reference (any case) */
                q?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (CompanyList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description The operator creates partners and direct customers; a partner creates managed accounts
                     * @enum {string}
                     */
                    type: "partner" | "direct" | "managed";
                    /** Format: uuid */
                    partnerId?: string;
                    accountRef?: string;
                    billingAddress?: components["schemas"]["BillingAddress"];
                };
            };
        };
        responses: {
            /** @description Created (Company) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Company) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    accountRef?: string | null;
                    billingAddress?: components["schemas"]["BillingAddress"] | null;
                };
            };
        };
        responses: {
            /** @description OK (Company) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listCompanyUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (UserList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createCompanyUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    firstName: string;
                    lastName: string;
                    role: components["schemas"]["Role"];
                    password?: string;
                    language?: components["schemas"]["Language"];
                };
            };
        };
        responses: {
            /** @description Created (User) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (User) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    firstName?: string;
                    lastName?: string;
                    role?: components["schemas"]["Role"];
                    language?: components["schemas"]["Language"];
                };
            };
        };
        responses: {
            /** @description OK (User) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                companyId?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (AuditEventList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getCompanyManagedSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ManagedSettings) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCompanyManagedSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dashboard?: boolean | null;
                    supportChat?: boolean | null;
                    companyProfile?: boolean | null;
                    showPrices?: boolean | null;
                    supportedBy?: components["schemas"]["SupportedBy"] | null;
                    approvalQueue?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK (ManagedSettings) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getCompanyPartnerDefaults: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (PartnerDefaults) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDefaults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCompanyPartnerDefaults: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dashboard?: boolean | null;
                    supportChat?: boolean | null;
                    companyProfile?: boolean | null;
                    showPrices?: boolean | null;
                    supportedBy?: components["schemas"]["SupportedBy"] | null;
                    approvalQueue?: boolean | null;
                };
            };
        };
        responses: {
            /** @description OK (PartnerDefaults) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDefaults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getCompanyBranding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (PartnerBranding) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerBranding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    replaceCompanyBranding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    /**
                     * Format: uri
                     * @description An https:// image
                     */
                    logoUrl?: string;
                    /** @description A hex colour, #rrggbb */
                    primaryColor?: string;
                    /** Format: email */
                    supportEmail?: string;
                    /** Format: uri */
                    supportUrl?: string;
                    supportPhone?: string;
                };
            };
        };
        responses: {
            /** @description OK (PartnerBranding) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerBranding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listBillingMarkets: {
        parameters: {
            query?: {
                companyId?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (BillingMarketList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingMarketList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    createBillingMarket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description companyId: a partner or direct customer (default: the actor's company) */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    companyId?: string;
                    /** @description ISO 3166-1 alpha-2 country code, upper case */
                    country: string;
                };
            };
        };
        responses: {
            /** @description OK (BillingMarket) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingMarket"];
                };
            };
            /** @description Created (BillingMarket) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingMarket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteBillingMarket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getSupport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (SupportEntry) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportEntry"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    getMyBranding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Look) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Look"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    getCompanySupportDetails: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (SupportDetails) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    replaceCompanySupportDetails: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description The network operations centre’s e-mail
                     */
                    nocEmail?: string;
                    nocPhone?: string;
                    /** @description How to escalate a fault (hours, contacts) */
                    escalation?: string;
                };
            };
        };
        responses: {
            /** @description OK (SupportDetails) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listPartnerApprovals: {
        parameters: {
            query?: {
                state?: components["schemas"]["PartnerApprovalState"];
                companyId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (PartnerApprovalList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerApprovalList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getPartnerApprovalsPending: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (PendingPartnerApprovals) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingPartnerApprovals"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getPartnerApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (PartnerApproval) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerApproval"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    approvePartnerApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Empty, or no body at all */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK (PartnerApproval) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerApproval"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    rejectPartnerApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK (PartnerApproval) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerApproval"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listLocations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                country?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (LocationList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    listPorts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (PortList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    createPort: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    companyId?: string;
                    /** Format: uuid */
                    locationId: string;
                    name: string;
                    /** @description Ports: 1000, 10000, 100000; MCRs: 1000, 2500, 5000, 10000 */
                    speedMbps: number;
                    marketplaceVisibility?: components["schemas"]["MarketplaceVisibility"];
                    kind?: components["schemas"]["PortKind"];
                };
            };
        };
        responses: {
            /** @description Created (Port) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Port"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getPort: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Port) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Port"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deletePort: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Port) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Port"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    getCompanyMarketplaceProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ProviderProfile) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    replaceCompanyMarketplaceProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    services: components["schemas"]["ServiceCategory"][];
                    /** Format: email */
                    contactEmail: string;
                    /** Format: uri */
                    website?: string;
                    phone?: string;
                    hqAddress?: components["schemas"]["BillingAddress"];
                    /** Format: uri */
                    logoUrl?: string;
                };
            };
        };
        responses: {
            /** @description OK (ProviderProfile) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listMarketplaceProviders: {
        parameters: {
            query?: {
                q?: string;
                service?: string;
                locationId?: string;
                nearPortId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ProviderList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getMarketplaceProvider: {
        parameters: {
            query?: {
                nearPortId?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Provider) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listServiceKeys: {
        parameters: {
            query?: {
                portId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ServiceKeyList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createServiceKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    portId: string;
                    /**
                     * @description Spent by the first order (given back if that order is withdrawn or denied before it goes live)
                     * @default false
                     */
                    singleUse?: boolean;
                    maxSpeedMbps: number;
                    /** @description The B-end VLAN the key fixes: 2–4093 or -1 (untagged); required for single-use keys */
                    vlan?: number;
                    /** Format: date-time */
                    validFrom?: string;
                    /** Format: date-time */
                    validTo?: string;
                    /**
                     * @description An inactive key cannot be ordered with
                     * @default true
                     */
                    active?: boolean;
                    /**
                     * @description Orders with the key skip the provider’s approval
                     * @default false
                     */
                    preApproved?: boolean;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Created (ServiceKey) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getServiceKeysLookup: {
        parameters: {
            query: {
                key: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ServiceKeyPreview) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceKeyPreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    updateServiceKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    description?: string | null;
                    validTo?: string | null;
                };
            };
        };
        responses: {
            /** @description OK (ServiceKey) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listConnections: {
        parameters: {
            query?: {
                /** @description customer: my A-ends (what I ordered); provider: my B-ends (what was ordered from me) */
                side?: components["schemas"]["Side"];
                /** @description AWAITING_PARTNER: a managed account’s order waits in its partner’s approval queue; REJECTED: the partner rejected it (the provider never saw it) */
                state?: components["schemas"]["ConnectionState"];
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ConnectionList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Give either bEnd (a provider’s public port) or serviceKey, not both. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    rateLimitMbps: number;
                    aEnd: {
                        /** Format: uuid */
                        portId: string;
                        /** @description 2–4093; 0 or absent = lowest free; -1 = untagged */
                        vlan?: number;
                    };
                    /** @description The provider’s public port; or give serviceKey instead */
                    bEnd?: {
                        /** Format: uuid */
                        portId: string;
                    };
                    /** @description A provider’s service key instead of bEnd (reaches private ports too) */
                    serviceKey?: string;
                };
            };
        };
        responses: {
            /** @description Created (Connection) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getConnectionsSummary: {
        parameters: {
            query?: {
                /** @description customer: my A-ends (what I ordered); provider: my B-ends (what was ordered from me) */
                side?: components["schemas"]["Side"];
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ConnectionSummary) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Connection) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Connection) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            /** @description Accepted (Connection) */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 2–4093; absent = the lowest free on the provider’s port; -1 = untagged */
                    bEndVlan?: number;
                };
            };
        };
        responses: {
            /** @description OK (Connection) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    denyConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK (Connection) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    createConnectionSpeedChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rateLimitMbps: number;
                };
            };
        };
        responses: {
            /** @description Created (SpeedChange) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeedChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptSpeedChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK (SpeedChange) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeedChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    rejectSpeedChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK (SpeedChange) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeedChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    withdrawSpeedChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Empty, or no body at all */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK (SpeedChange) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeedChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listApprovals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Approvals) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approvals"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listPriceBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (PriceBook) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceBook"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    replacePriceBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The whole book: it replaces every item */
                    items: components["schemas"]["PriceBookItem"][];
                };
            };
        };
        responses: {
            /** @description OK (PriceBook) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceBook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    product: components["schemas"]["QuotedProduct"];
                    /** @description port and mcr */
                    speedMbps?: number;
                    /** @description vxc */
                    rateLimitMbps?: number;
                    /** Format: uuid */
                    locationId: string;
                };
            };
        };
        responses: {
            /** @description OK (Price) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Price"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getPrices: {
        parameters: {
            query: {
                product: components["schemas"]["QuotedProduct"];
                /** @description port and mcr */
                speedMbps?: number;
                /** @description vxc */
                rateLimitMbps?: number;
                locationId: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Price) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Price"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listChargesCurrent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (CurrentCharges) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentCharges"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description A calendar month, YYYY-MM (UTC) */
                month?: string;
                /** @description The operator: one company's invoices */
                companyId?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (InvoiceList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Invoice) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listNotificationTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (NotificationCatalogue) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationCatalogue"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    getMyNotificationPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (NotificationPreferences) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    replaceMyNotificationPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groups: {
                        /** @description Always true: security notices cannot be turned off */
                        security: boolean;
                        ordering: boolean;
                        financial: boolean;
                        people: boolean;
                        company: boolean;
                        services: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK (NotificationPreferences) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                unread?: boolean;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (NotificationFeed) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationFeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    readNotification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Notification) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    notificationsReadAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listMaintenanceEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (MaintenanceEventList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
        };
    };
    createMaintenanceEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind?: components["schemas"]["MaintenanceKind"];
                    title: string;
                    description: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    locationIds?: string[];
                    portIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created (MaintenanceEvent) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getMaintenanceEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (MaintenanceEvent) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listAdminEmails: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: components["schemas"]["EmailStatus"];
                to?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (EmailDeliveryList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getAdminEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (Email) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Email"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    retryAdminEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "pending";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WebhookList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    /** @description Notification types, or "*" for all */
                    eventTypes: string[];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Created (CreatedWebhook) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url?: string;
                    /** @description Notification types, or "*" for all */
                    eventTypes?: string[];
                    description?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK (Webhook) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveryId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WebhookDeliveryList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listComplianceLists: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ScreeningListImports) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningListImports"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listComplianceRescreens: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ScreeningRescreens) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningRescreens"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    complianceScreen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description ISO 3166-1 alpha-2 country code */
                    country?: string;
                    /** @description Free text: street, postal code, city */
                    address?: string;
                    /** @description Report matches from this score (default: the review threshold) */
                    minScore?: number;
                    /** @default 10 */
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description OK (ScreeningResult) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listComplianceReviews: {
        parameters: {
            query?: {
                status?: "open" | "approved" | "rejected";
                limit?: number;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ScreeningReviews) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningReviews"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getComplianceReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (ScreeningReview) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningReview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    approveComplianceReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK (ScreeningReview) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningReview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    rejectComplianceReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK (ScreeningReview) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningReview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    createComplianceReviewContactAttempt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "email" | "phone" | "portal" | "letter" | "other";
                    /**
                     * @description not_reached three times in a row deprovisions the customer
                     * @enum {string}
                     */
                    outcome: "reached" | "not_reached";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Created (ScreeningContactAttemptResult) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningContactAttemptResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getCompanyCompliance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (CompanyCompliance) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyCompliance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listWholesaleOnboardingTemplates: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description The operator: one partner's templates (default: every partner's); a partner always gets its own */
                partnerId?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleTemplateList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleTemplateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createWholesaleOnboardingTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Exactly one of country and region; samlMetadata exactly when authMethod is saml */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWholesaleTemplate"];
            };
        };
        responses: {
            /** @description Created (WholesaleTemplate) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getWholesaleOnboardingTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleTemplate) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWholesaleOnboardingTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWholesaleOnboardingTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change; emailSettings and callingSettings replace the whole object; country replaces a region and region a country; authMethod platform drops the SAML metadata */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWholesaleTemplate"];
            };
        };
        responses: {
            /** @description OK (WholesaleTemplate) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getWholesalePackages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleCatalogue) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleCatalogue"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listWholesaleCustomers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                externalId?: string;
                /** @description pending_rpl_review: provisioned, and a restricted-party review is open (docs/wholesale.md) */
                status?: components["schemas"]["WholesaleCustomerStatus"];
                partnerId?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleCustomerList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleCustomerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createWholesaleCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWholesaleCustomer"];
            };
        };
        responses: {
            /** @description OK (WholesaleCustomerAccepted) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleCustomerAccepted"];
                };
            };
            /** @description Accepted (WholesaleCustomerAccepted) */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleCustomerAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    wholesaleCustomersValidate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWholesaleCustomer"];
            };
        };
        responses: {
            /** @description OK (WholesaleCustomerValidation) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleCustomerValidation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getWholesaleCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleCustomer) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleCustomer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    replaceWholesaleCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWholesaleCustomer"];
            };
        };
        responses: {
            /** @description Accepted (WholesaleCustomerAccepted) */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleCustomerAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWholesaleCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted (WholesaleCustomerAccepted) */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleCustomerAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listWholesaleCustomerLocations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleLocationList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleLocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createWholesaleCustomerLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWholesaleLocation"];
            };
        };
        responses: {
            /** @description Created (WholesaleLocation) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleLocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    createWholesaleCustomerLocationNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
                locationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddWholesaleNumbers"];
            };
        };
        responses: {
            /** @description OK (WholesaleLocation) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleLocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listWholesaleSubscribers: {
        parameters: {
            query: {
                limit?: number;
                cursor?: string;
                customerId: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleSubscriberList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleSubscriberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createWholesaleSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Retry safely: the same key with the same body replays the first answer */
                "Idempotency-Key"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A calling package needs locationId and a phoneNumber of that location or an extension */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWholesaleSubscriber"];
            };
        };
        responses: {
            /** @description Created (WholesaleSubscriber) */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleSubscriber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getWholesaleSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleSubscriber) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleSubscriber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWholesaleSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWholesaleSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change; null removes a location, number or extension */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWholesaleSubscriber"];
            };
        };
        responses: {
            /** @description OK (WholesaleSubscriber) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleSubscriber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    wholesaleCustomersSubscribersBulk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The CSV file */
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description OK (WholesaleBulkResult) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleBulkResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listWholesaleBillingReports: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                partnerId?: string;
            };
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleBillingReportList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleBillingReportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createWholesaleBillingReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
                /** @description Required with cookie authentication: the csrfToken from login or GET /v1/me */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWholesaleBillingReport"];
            };
        };
        responses: {
            /** @description Accepted (WholesaleBillingReport) */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleBillingReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getWholesaleBillingReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (WholesaleBillingReport) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WholesaleBillingReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getWholesaleBillingReportDownload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
}
