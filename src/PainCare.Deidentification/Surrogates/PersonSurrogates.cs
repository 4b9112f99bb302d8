using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Surrogates;

/// <summary>
/// One surrogate per person and role within a text. A surrogate never shares an initial or a diminutive with the
/// original (Kay must not become Kate), never appears anywhere in the input, and is never given to two people.
/// </summary>
internal sealed class PersonSurrogates(ScanContext context, StableRandom random)
{
    private readonly Dictionary<string, string> _byPerson = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<char, char> _letters = [];

    public string For(NameRef name, string mentionKey)
    {
        if (_byPerson.TryGetValue(name.PersonKey, out var existing))
        {
            return existing;
        }

        var originals = OriginalForms(name, mentionKey);
        var initials = originals.Where(o => o.Length > 0).Select(o => char.ToUpperInvariant(o[0])).ToHashSet();
        var pool = name.Role == NameRole.Surname ? SurrogatePools.Surnames
            : name.IsFemale ? SurrogatePools.Female
            : name.IsMale ? SurrogatePools.Male
            : SurrogatePools.Female.Concat(SurrogatePools.Male).ToArray();
        var surrogate = random.Pick(name.PersonKey, pool, s =>
        {
            var key = TextFold.Key(s);
            // Never a name the record holds, even one this text does not use: the substitute would name a real person.
            return !initials.Contains(char.ToUpperInvariant(s[0])) && !_used.Contains(key) && !context.TextWords.Contains(key)
                && !context.Known.NameKeys.ContainsKey(key) && !Gazetteer.Variants(key).Any(originals.Contains);
        }) ?? "Alex";
        _used.Add(TextFold.Key(surrogate));
        _byPerson[name.PersonKey] = surrogate;
        foreach (var initial in initials)
        {
            _letters.TryAdd(initial, char.ToUpperInvariant(surrogate[0]));
        }

        return surrogate;
    }

    /// <summary>
    /// The surrogate's own short form for a nickname mention ("Babs" of Barbara becomes "Liz" of Elizabeth), so the
    /// text still reads as one person with a nickname. Falls back to the surrogate itself.
    /// </summary>
    public string ShortForm(NameRef name, string mentionKey, string surrogate)
    {
        var originals = OriginalForms(name, mentionKey);
        var initials = originals.Where(o => o.Length > 0).Select(o => char.ToUpperInvariant(o[0])).ToHashSet();
        var key = TextFold.Key(surrogate);
        var forms = Gazetteer.Variants(key)
            .Where(v => v != key && v.Length >= 3 && v.Length < key.Length && !Gazetteer.NameWords.Contains(v) && !context.TextWords.Contains(v)
                && !originals.Contains(v) && !initials.Contains(char.ToUpperInvariant(v[0])))
            .Order(StringComparer.Ordinal)
            .ToList();
        return forms.Count == 0 ? surrogate : SurrogatePools.Display(forms[random.Next(name.PersonKey + ":short", forms.Count)]);
    }

    /// <summary>Initials follow the people they stand for where known ("R.J." for a known Maeve Cotter), else a fixed different letter.</summary>
    public char Letter(char original)
    {
        var upper = char.ToUpperInvariant(original);
        if (_letters.TryGetValue(upper, out var mapped))
        {
            return mapped;
        }

        foreach (var person in context.Known.People)
        {
            if (person.GivenInitial == upper && person.GivenKey.Length > 0)
            {
                return First(For(context.Known.NameKeys[person.GivenKey], person.GivenKey), upper);
            }

            if (person.SurnameInitial == upper)
            {
                return First(For(context.Known.NameKeys[person.SurnameKey], person.SurnameKey), upper);
            }
        }

        var letter = (char)('A' + (upper - 'A' + 1 + random.Next($"letter:{upper}", 24)) % 26);
        _letters[upper] = letter;
        return letter;
    }

    private static char First(string surrogate, char original)
    {
        var c = char.ToUpperInvariant(surrogate[0]);
        return c == original ? (char)('A' + (original - 'A' + 7) % 26) : c;
    }

    private HashSet<string> OriginalForms(NameRef name, string mentionKey)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { mentionKey };
        forms.UnionWith(Gazetteer.Variants(mentionKey));
        if (name.KnownIndex is { } index)
        {
            var person = context.Known.People[index];
            forms.UnionWith(name.Role == NameRole.Surname ? person.SurnameVariants : person.GivenVariants);
        }

        return forms;
    }
}
