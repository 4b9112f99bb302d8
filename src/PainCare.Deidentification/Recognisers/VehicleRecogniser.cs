using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// A car or motorbike someone owns is not an identifier (its plate is, and the id recogniser finds that), so "her
/// Corolla" stays a car instead of becoming a person. A model needs a make before it ("Toyota Corolla"), an owner or
/// article before it ("his Ranger") or a vehicle word after it ("the Navara ute"): many models are also names or words.
/// A make alone is left to the organisation rules, since a carmaker can be the patient's employer.
/// </summary>
internal sealed partial class VehicleRecogniser : IRecogniser
{
    private static readonly HashSet<string> _makes = Set(
        "toyota holden ford mazda subaru nissan hyundai kia honda mitsubishi volkswagen vw audi bmw mercedes-benz skoda vauxhall " +
        "peugeot renault citroen citroën fiat volvo tesla jeep chevrolet chevy dodge gmc suzuki isuzu lexus mg kawasaki yamaha ducati " +
        "harley harley-davidson landrover datsun saab cupra byd haval ldv ssangyong porsche");

    private static readonly HashSet<string> _models = Set(
        "hilux corolla camry rav4 prado landcruiser yaris prius hiace kluger commodore barina falcon territory ranger everest fiesta focus " +
        "mondeo transit kuga escape mustang navara patrol qashqai juke leaf micra x-trail triton pajero outlander lancer outback forester " +
        "impreza xv crosstrek civic accord jazz cr-v odyssey golf polo passat tiguan amarok caddy corsa astra zafira insignia mokka octavia " +
        "fabia superb swift vitara jimny d-max mx-5 cx-5 cx-3 tucson sportage picanto rio cerato sorento carnival clio megane " +
        "kangoo 208 308 3008 berlingo c4 punto panda xc90 xc60 v70 wrangler cherokee f-150 silverado tacoma tundra sierra cayenne " +
        "defender discovery freelander evoque");

    private static readonly HashSet<string> _owners = Set("her his their my our your a an");

    private static readonly HashSet<string> _vehicleWords = Set("ute car van truck wagon hatch hatchback sedan 4wd 4x4 suv motorbike motorcycle bike campervan");

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = VehicleEnd(context, i);
            if (end < 0)
            {
                continue;
            }

            var k = i;
            for (; k < tokens.Count && tokens[k].Start < end; k++)
            {
                context.Protected[k] = true;
            }

            candidates.Add(new Candidate(tokens[i].Start, end, CandidateKind.Protect, string.Empty, Priorities.Protect));
            i = k - 1;
        }
    }

    /// <summary>Where the vehicle named at token <paramref name="i"/> ends in the text, or -1.</summary>
    private static int VehicleEnd(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        if (!token.IsCapitalised || context.Known.NameKeys.ContainsKey(token.Key))
        {
            return -1;
        }

        if (_makes.Contains(token.Key))
        {
            // Model codes carry digits ("CX-5", "i30", "208"); a bare four-digit number after a make is more likely a year, which are not words to the tokenizer.
            var code = ModelCode().Match(context.Text, token.End);
            if (code.Success)
            {
                return code.Index + code.Length;
            }

            return context.TokenAt(i + 1) is { } next && context.IsSpaceGap(i, i + 1) && _models.Contains(next.Key) ? next.End : -1;
        }

        if (!_models.Contains(token.Key))
        {
            return -1;
        }

        // Not when a capitalised word follows: "his Discovery Centre" names a place.
        var owned = context.TokenAt(i - 1) is { } before && context.IsSpaceGap(i - 1, i) && _owners.Contains(before.Key)
            && context.TokenAt(i + 1) is not { IsCapitalised: true, IsSentenceStart: false };
        var vehicleAfter = context.TokenAt(i + 1) is { } after && context.IsSpaceGap(i, i + 1) && _vehicleWords.Contains(after.Key);
        return owned || vehicleAfter ? token.End : -1;
    }

    [GeneratedRegex(@"\G (?:[A-Za-z]{1,3}-?\d{1,4}|\d{1,3})[A-Za-z]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ModelCode();

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFold.Key), StringComparer.Ordinal);
}
