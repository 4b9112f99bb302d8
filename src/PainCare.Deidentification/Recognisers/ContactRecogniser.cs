using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Email addresses, URLs and social-media handles (with an @, with underscores, or named after a platform).</summary>
internal sealed partial class ContactRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        foreach (var m in Email().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Email, Categories.Contact, Priorities.Known + 5));
        }

        foreach (var m in Url().EnumerateMatches(context.Text))
        {
            AddUrl(context, candidates, m);
        }

        // A bare domain needs a "/" after a dot: most texts have none, so the costlier pattern runs only where one is.
        if (HasDomainPath(context.Text))
        {
            foreach (var m in BareDomainUrl().EnumerateMatches(context.Text))
            {
                AddUrl(context, candidates, m);
            }
        }


        AddSpelledEmails(context, candidates);

        // "harbourphysio.co.nz" on a letterhead: a domain with no path or scheme still leads to the practice.
        foreach (var m in BareDomain().EnumerateMatches(context.Text))
        {
            AddUrl(context, candidates, m);
        }

        foreach (var m in Handle().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Contact, Categories.Contact, Priorities.Pattern));
        }

        // Words joined by underscores are handles or file names, never prose or clinical shorthand.
        foreach (var m in Underscored().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Contact, Categories.Contact, Priorities.Pattern));
        }

        foreach (Match m in PlatformHandle().Matches(context.Text))
        {
            var handle = m.Groups["h"];
            if (!IsPlainWord(handle.Value))
            {
                candidates.Add(new Candidate(handle.Index, handle.Index + handle.Length, CandidateKind.Contact, Categories.Contact, Priorities.Pattern));
            }
        }
    }

    /// <summary>"jo dot bell at gmail dot com": an address spelled out so that filters miss it.</summary>
    private static void AddSpelledEmails(ScanContext context, List<Candidate> candidates)
    {
        if (context.Text.Contains(" dot ", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var m in SpelledEmail().EnumerateMatches(context.Text))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Email, Categories.Contact, Priorities.Pattern));
            }
        }
    }

    private static void AddUrl(ScanContext context, List<Candidate> candidates, ValueMatch m)
    {
        var end = m.Index + m.Length;
        while (end > m.Index && context.Text[end - 1] is '.' or ',' or ';' or ':' or ')' or '\'' or '"')
        {
            end--;
        }

        candidates.Add(new Candidate(m.Index, end, CandidateKind.Contact, Categories.Contact, Priorities.Known + 4));
    }

    private static bool HasDomainPath(string text)
    {
        for (var at = text.IndexOf('/'); at > 0; at = text.IndexOf('/', at + 1))
        {
            if (char.IsLetter(text[at - 1]) && text.LastIndexOf('.', at - 1, Math.Min(at, 4)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"as often", "as well": a platform cue followed by an ordinary word is prose, not a handle.</summary>
    private static bool IsPlainWord(string word) => word.ToLowerInvariant() is "a" or "an" or "the" or "her" or "his" or "their" or "well" or "often" or "much" or "part" or "and" or "but" or "under" or "with";

    [GeneratedRegex(@"(?<![\w@.])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Underscored();

    [GeneratedRegex(@"\b(?:Instagram|TikTok|Tiktok|Twitter|Facebook|YouTube|Youtube|Snapchat|Threads|LinkedIn|Reddit|Discord|Twitch|Bluesky|Pinterest|Tumblr|OnlyFans|Strava|Etsy|Substack|Skype|WhatsApp|Signal|Telegram|WeChat|Kik|Insta|IG|FB)(?:\s+(?:handle|account|page|channel|username|name))?\s*(?:as|at|is|called|named|:)\s+@?(?<h>[A-Za-z0-9_.]{3,30}[A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex PlatformHandle();

    [GeneratedRegex(@"[\p{L}0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    // A bare domain with a path ("facebook.com/kiri.t") points at one person's page as surely as a full URL does.
    [GeneratedRegex(@"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|nz|au|uk|ie|ca|us|me|io)/[^\s<>""]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareDomainUrl();

    [GeneratedRegex(@"\b[a-z0-9]+(?:(?:\s+dot\s+|[._])[a-z0-9]+)*\s+(?:at|AT)\s+[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*\s+dot\s+(?:com|org|net|co|uk|au|nz|ie|ca|edu|gov)\b(?:\s+dot\s+(?:uk|au|nz))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpelledEmail();

    [GeneratedRegex(@"(?<![\w@./-])[a-z0-9][a-z0-9-]{3,}(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|org\.uk|com\.au|org\.au|net\.au|co\.nz|org\.nz|ca|ie|health|clinic)(?![\w@/-]|\.[a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareDomain();

    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z0-9_]{2,30}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();
}
