using System.Collections.Frozen;
using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// A "how" particular written in plain verbs: an expressive part of the body followed by what it did ("eyes
/// shining", "hands flying about", "voice wobbling", "shoulders crept up"). The lexicon cannot list every verb, so this
/// is a sentence pattern; findings ("hands swelling", "arms raised overhead", "eyes closed for balance") are not
/// movement of the person and are left out.
/// </summary>
internal static class BodyMotion
{
    private const int AttributionWindow = 8;

    private static readonly List<int> _noGroups = [];

    private static readonly FrozenSet<string> _parts = FrozenSet.ToFrozenSet(
        ["eyes", "hands", "face", "shoulders", "voice", "fists", "lips", "jaw", "chin", "brow", "gaze", "arms"], StringComparer.Ordinal);

    // Looked up once per word of every note, so the span lookup is built once rather than per call.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _partLookup = _parts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> _irregularVerbs = FrozenSet.ToFrozenSet(
        ["went", "fell", "lit", "shook", "stayed", "rose", "sank", "flew", "froze", "kept", "crept", "broke", "wandered", "darted", "shone"], StringComparer.Ordinal);

    /// <summary>Findings, tests and positions written with the same endings: not how the person moved or spoke.</summary>
    private static readonly FrozenSet<string> _findings = FrozenSet.ToFrozenSet(
        ["swelling", "swollen", "aching", "burning", "tingling", "bruised", "bruising", "injured", "affected", "involved", "tested",
         "examined", "assessed", "measured", "checked", "strapped", "taped", "splinted", "operated", "replaced", "fractured",
         "closed", "open", "opened", "raised", "lifted", "elevated", "extended", "flexed", "abducted", "adducted", "supported",
         "placed", "positioned", "resting", "rested", "weighted", "loaded", "warmed", "cooled", "washed", "dried", "blistered",
         "cracked", "grazed", "scarred", "tattooed", "bandaged", "itching", "itched", "clicking", "locking", "nothing", "during"],
        StringComparer.Ordinal);

    public static void Find(TokenStream tokens, Speaker[] speakers, CueScope scope, FeatureSet features)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!_partLookup.Contains(tokens.Lower(i)) || tokens[i + 1].Sentence != tokens[i].Sentence || !IsVerb(tokens.Lower(i + 1)))
            {
                continue;
            }

            var match = new PhraseMatch(i, i + 2, _noGroups);
            if (scope.OwnerOf(tokens, match, AttributionWindow, speakers) == Speaker.Patient)
            {
                features.Add("how.particulars", tokens.Text, tokens[i].Start, tokens[i + 1].End);
            }
        }
    }

    private static bool IsVerb(ReadOnlySpan<char> next) =>
        !WordLists.In(_findings, next)
        && (WordLists.In(_irregularVerbs, next) || (next.Length > 4 && (next.EndsWith("ing") || next.EndsWith("ed"))));
}
