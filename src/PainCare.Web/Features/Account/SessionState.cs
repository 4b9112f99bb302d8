using PainCare.Web.Features.Handover;

namespace PainCare.Web.Features.Account;

/// <summary>What the server holds for one live sign-in session: when it was last used, and a hand-over lock if any.</summary>
public sealed record SessionState(string UserId, string SessionId, DateTimeOffset LastSeen, HandoverLock? Handover);
