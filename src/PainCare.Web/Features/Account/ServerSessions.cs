using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PainCare.Data;
using PainCare.Web.Features.Handover;

namespace PainCare.Web.Features.Account;

/// <summary>
/// The server-side record of every sign-in session (ADR 0110): a row in Identity's user-token table per session for its
/// last activity and one for a hand-over lock. Every node reads the same rows, so signing out, ending sessions and
/// handing over take effect on the next request anywhere, and the idle clock survives a restart.
/// </summary>
public sealed class ServerSessions(
    IDbContextFactory<PainCareDbContext> contextFactory, IOptions<IdentityOptions> identity, SessionPolicy policy, TimeProvider clock, ILogger<ServerSessions> logger)
{
    public const string Provider = "PainCare";

    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, SessionState? State)> _circuitCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _touching = new(StringComparer.Ordinal);

    /// <summary>Raised on this node when a session is locked, unlocked or ended: the user, and the session (null: all of theirs).</summary>
    public event Action<string, string?>? Changed;

    /// <summary>The session as the per-request check read it (SessionPolicyMiddleware), so a page need not read it again.</summary>
    public static SessionState? Current(HttpContext context) => context.Items[typeof(SessionState)] as SessionState;

    public static string SessionRow(string sid) => "session:" + sid;

    public static string HandoverRow(string sid) => "handover:" + sid;

    /// <summary>Records a new sign-in session and drops this user's records that have outlived the absolute limit.</summary>
    public async Task StartAsync(string userId, string sid, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var cutoff = (clock.GetUtcNow() - policy.AbsoluteTimeout).ToUnixTimeSeconds();
        var old = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ToListAsync(cancellationToken);
        var live = old.Where(t => t.Name.StartsWith("session:", StringComparison.Ordinal) && Seconds(t.Value) >= cutoff).Select(t => t.Name[8..]).ToHashSet(StringComparer.Ordinal);
        // Only session and hand-over rows are pruned; the authenticator's last step (AuthenticatorCodes) is kept.
        db.UserTokens.RemoveRange(old.Where(t => (t.Name.StartsWith("session:", StringComparison.Ordinal) || t.Name.StartsWith("handover:", StringComparison.Ordinal))
            && !live.Contains(t.Name[(t.Name.IndexOf(':', StringComparison.Ordinal) + 1)..])));
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = Provider, Name = SessionRow(sid), Value = Stamp(clock.GetUtcNow()) });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The session behind this principal, or null when it no longer stands: the user is gone or disabled, the session was
    /// ended (sign-out, sessions ended, two-factor reset) or, with <paramref name="checkStamp"/>, the security stamp changed.
    /// Page requests leave the stamp to Identity's validator, because setting up two-factor changes it mid-flow. One query.
    /// </summary>
    public async Task<SessionState?> ReadAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default, bool checkStamp = true)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var sid = principal.FindFirstValue(SessionPolicy.SessionClaim);
        if (userId is null || sid is null)
        {
            return null;
        }

        string sessionRow = SessionRow(sid), handoverRow = HandoverRow(sid);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.IsDisabled,
                u.SecurityStamp,
                LastSeen = db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == sessionRow).Select(t => t.Value).FirstOrDefault(),
                Handover = db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == handoverRow).Select(t => t.Value).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (row is not { IsDisabled: false, LastSeen: not null } || (checkStamp && row.SecurityStamp != stamp))
        {
            return null;
        }

        var handover = row.Handover is null ? null : JsonSerializer.Deserialize<HandoverLock>(row.Handover);
        return new SessionState(userId, sid, DateTimeOffset.FromUnixTimeSeconds(Seconds(row.LastSeen)), handover);
    }

    /// <summary>
    /// For a live circuit's every message: the same answer, re-read at most every few seconds per session on this node.
    /// Changes made on this node clear the cache at once; another node's are seen within <see cref="SessionPolicy.CircuitCheckInterval"/>.
    /// </summary>
    public async Task<SessionState?> ReadForCircuitAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var sid = principal.FindFirstValue(SessionPolicy.SessionClaim) ?? string.Empty;
        var now = clock.GetUtcNow();
        if (_circuitCache.TryGetValue(sid, out var cached) && now - cached.ReadAt < policy.CircuitCheckInterval)
        {
            return cached.State;
        }

        var state = await ReadAsync(principal, cancellationToken);
        _circuitCache[sid] = (now, state);
        return state;
    }

    /// <summary>
    /// Moves the stored idle clock forward, at most once per write interval, so a restart or another node sees it. The
    /// write runs beside the request, not in it: a page never waits for it and its query is not the page's.
    /// </summary>
    public void Touch(SessionState state)
    {
        var now = clock.GetUtcNow();
        if (now - state.LastSeen < policy.LastSeenWriteInterval || !_touching.TryAdd(state.SessionId, 0))
        {
            return;
        }

        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await using var db = await contextFactory.CreateDbContextAsync();
                    await db.UserTokens.Where(t => t.UserId == state.UserId && t.LoginProvider == Provider && t.Name == SessionRow(state.SessionId))
                        .ExecuteUpdateAsync(t => t.SetProperty(x => x.Value, Stamp(now)));
                    _circuitCache.TryRemove(state.SessionId, out _);
                }
                catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or TimeoutException or InvalidOperationException)
                {
                    // The next request tries again; until then the idle clock errs towards ending the session sooner.
                    logger.LogWarning(ex, "Could not record session activity");
                }
                finally
                {
                    _touching.TryRemove(state.SessionId, out _);
                }
            });
        }
    }

    public async Task SetHandoverAsync(string userId, string sid, HandoverLock handover, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var value = JsonSerializer.Serialize(handover);
        if (await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == HandoverRow(sid))
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.Value, value), cancellationToken) == 0)
        {
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = Provider, Name = HandoverRow(sid), Value = value });
            await db.SaveChangesAsync(cancellationToken);
        }

        Signal(userId, sid);
    }

    public async Task ClearHandoverAsync(string userId, string sid, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == HandoverRow(sid)).ExecuteDeleteAsync(cancellationToken);
        Signal(userId, sid);
    }

    /// <summary>Ends one session: its cookie stops working on every node at its next request.</summary>
    public async Task EndAsync(string userId, string sid, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        string[] rows = [SessionRow(sid), HandoverRow(sid)];
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && rows.Contains(t.Name)).ExecuteDeleteAsync(cancellationToken);
        Signal(userId, sid);
    }

    /// <summary>Ends every session of the user (sign-out, sessions ended, disabled): refused on every node at the next request.</summary>
    public async Task EndAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && (t.Name.StartsWith("session:") || t.Name.StartsWith("handover:")))
            .ExecuteDeleteAsync(cancellationToken);
        Signal(userId);
    }

    /// <summary>Tells this node's live circuits of the user (or of one session) to check again now.</summary>
    public void Signal(string userId, string? sid = null)
    {
        if (sid is null)
        {
            _circuitCache.Clear();
        }
        else
        {
            _circuitCache.TryRemove(sid, out _);
        }

        Changed?.Invoke(userId, sid);
    }

    private static string Stamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static long Seconds(string? value) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
}
