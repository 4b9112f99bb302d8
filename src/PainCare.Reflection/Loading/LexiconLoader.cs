using System.Collections.Frozen;
using PainCare.Reflection.Matching;

namespace PainCare.Reflection.Loading;

/// <summary>Reads and validates a trigger lexicon (groups of phrases plus function-word lists).</summary>
internal static class LexiconLoader
{
    public const int Version = 1;

    /// <summary>Single-word cues shorter than this are rejected: they are where accidental matches in other languages live.</summary>
    public const int MinimumWordLength = 3;

    /// <summary>Bounds the attribution look-back so one endless sentence cannot make the pass quadratic.</summary>
    public const int DefaultAttributionWindow = 30;

    public static Lexicon Load(string file, ReadOnlySpan<byte> utf8)
    {
        var data = new DataFile(file);
        var root = JsonTree.Parse(file, utf8);
        data.RequireVersion(root, Version);
        data.AllowOnly(root, "version", "words", "groups");
        var words = ReadWords(data, data.Required(root, "words"));
        var trie = new PhraseTrie();
        var groups = new List<LexiconGroup>();
        foreach (var item in data.Array(root, "groups"))
        {
            data.AllowOnly(item, "id", "patientOnly", "negatable", "attributionWindow", "mask", "timeScoped", "timeScope", "role", "requires", "requiresReach", "blockedBy", "blockedInSentence", "notClinicians", "notOthers", "notRelatives", "careOwns", "hedgeable", "blockedInMeeting", "feature", "quoted", "phrases");
            var id = data.String(item, "id");
            if (groups.Any(g => g.Id == id))
            {
                throw data.Error(item, $"duplicate group id '{id}'");
            }

            var phrases = data.Array(item, "phrases");
            foreach (var phrase in phrases)
            {
                trie.Add(PhraseParser.Parse(data, phrase), groups.Count);
            }

            var window = data.Int(item, "attributionWindow", DefaultAttributionWindow, 1, DefaultAttributionWindow);
            var role = item.Property("role") is null ? GroupRole.Cue : ParseRole(data, item);
            var clauseScoped = item.Property("timeScope") is not null && ParseTimeScope(data, item);
            groups.Add(new LexiconGroup(
                groups.Count,
                id,
                data.Bool(item, "patientOnly", false),
                data.Bool(item, "negatable", true),
                window,
                phrases.Count,
                data.Bool(item, "mask", false),
                data.Bool(item, "timeScoped", false) || clauseScoped,
                role,
                clauseScoped,
                Feature: item.Property("feature") is null ? null : data.String(item, "feature"),
                Quoted: item.Property("quoted") is null ? null : data.String(item, "quoted"),
                NotClinicians: data.Bool(item, "notClinicians", false),
                NotOthers: data.Bool(item, "notOthers", false),
                NotRelatives: data.Bool(item, "notRelatives", false),
                CareOwns: data.Bool(item, "careOwns", false),
                Hedgeable: data.Bool(item, "hedgeable", false),
                RequiresReach: data.Int(item, "requiresReach", 0, 0, MaxRequiresReach)));
        }

        var items = data.Array(root, "groups");
        for (var i = 0; i < groups.Count; i++)
        {
            groups[i] = groups[i] with
            {
                Requires = ContextIndex(data, items[i], "requires", groups),
                BlockedBy = ContextIndexes(data, items[i], "blockedBy", groups),
                SentenceBlockers = BlockerIndexes(data, items[i], groups),
                MeetingBlockers = ContextIndexes(data, items[i], "blockedInMeeting", groups),
            };
            RequireCueGroup(data, items[i], groups[i].Feature, "feature", groups);
            RequireCueGroup(data, items[i], groups[i].Quoted, "quoted", groups);
        }

        return new Lexicon(groups, trie, words);
    }

    private const int MaxRequiresReach = 2;

    /// <summary>One context group id, or a list of them: a cue may be cancelled by more than one kind of context.</summary>
    private static IReadOnlyList<int>? ContextIndexes(DataFile data, JsonTree item, string property, List<LexiconGroup> groups) =>
        item.Property(property) switch
        {
            null => null,
            { Kind: System.Text.Json.JsonValueKind.Array } => data.Strings(item, property).Select(id => ContextIndex(data, item, property, id, groups)).ToList(),
            _ => [ContextIndex(data, item, property, data.String(item, property), groups)],
        };

    private static int ContextIndex(DataFile data, JsonTree item, string property, List<LexiconGroup> groups) =>
        item.Property(property) is null ? -1 : ContextIndex(data, item, property, data.String(item, property), groups);

    private static int ContextIndex(DataFile data, JsonTree item, string property, string id, List<LexiconGroup> groups)
    {
        var target = groups.FirstOrDefault(g => g.Id == id);
        return target is { Role: GroupRole.Context }
            ? target.Index
            : throw data.Error(item, $"'{property}' must name a group with role \"context\", not '{id}'");
    }

    private static IReadOnlyList<int>? BlockerIndexes(DataFile data, JsonTree item, List<LexiconGroup> groups)
    {
        if (item.Property("blockedInSentence") is null)
        {
            return null;
        }

        return data.Strings(item, "blockedInSentence")
            .Select(id => groups.FirstOrDefault(g => g.Id == id) is { Mask: false } target
                ? target.Index
                : throw data.Error(item, $"'blockedInSentence' must name cue or context groups, not '{id}'"))
            .ToList();
    }

    /// <summary>A misspelt feature would silently never fire, so it must be the id of a cue group.</summary>
    private static void RequireCueGroup(DataFile data, JsonTree item, string? feature, string property, List<LexiconGroup> groups)
    {
        if (feature is not null && !groups.Any(g => g.Id == feature && g.IsCue))
        {
            throw data.Error(item, $"'{property}' must name a cue group, not '{feature}'");
        }
    }

    private static bool ParseTimeScope(DataFile data, JsonTree item) => data.String(item, "timeScope") switch
    {
        "clause" => true,
        var other => throw data.Error(item, $"unknown timeScope '{other}' (expected clause)"),
    };

    private static GroupRole ParseRole(DataFile data, JsonTree item) => data.String(item, "role") switch
    {
        "past" => GroupRole.Past,
        "past-if-contrasted" => GroupRole.PastIfContrasted,
        "present" => GroupRole.Present,
        "past-session" => GroupRole.PastSession,
        "past-perfect" => GroupRole.PastPerfect,
        "context" => GroupRole.Context,
        var other => throw data.Error(item, $"unknown role '{other}' (expected past, past-session, past-perfect, past-if-contrasted, present or context)"),
    };

    private static WordLists ReadWords(DataFile data, JsonTree words)
    {
        FrozenSet<string> Set(string name) => data.Strings(words, name).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

        // Lists added after version 1 first shipped are optional, so older lexicon files still load.
        FrozenSet<string> Optional(string name) => words.Property(name) is null ? FrozenSet<string>.Empty : Set(name);
        return new WordLists(
            Set("negators"),
            data.Strings(words, "negatorSuffixes"),
            Set("postNegators"),
            Set("clinicianMarkers"),
            Set("patientMarkers"),
            Optional("otherMarkers"),
            Optional("prepositions"),
            Optional("causatives"),
            Optional("experiencerVerbs"),
            Set("observationVerbs"),
            Set("speechVerbs"),
            Set("pronouns"),
            Set("clauseBreakers"),
            Set("coordinators"),
            Set("subjects"),
            Set("english"),
            Set("foreign"),
            Optional("femaleOthers"),
            Optional("maleOthers"),
            Optional("pluralOthers"),
            Optional("hedges"));
    }
}
