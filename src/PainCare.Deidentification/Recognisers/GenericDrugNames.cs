namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Generic medicine names by their international naming stems (WHO INN and USAN stems: -olol, -pril, -sartan,
/// -statin, -profen, -azole, -mab …). A brand written in brackets after one is the same medicine ("letrozole (Brand)").
/// </summary>
internal static class GenericDrugNames
{
    private static readonly string[] _stems =
    [
        "olol", "pril", "sartan", "statin", "mab", "tinib", "azepam", "zolam", "tidine", "prazole", "azole", "dipine", "profen", "coxib", "cillin",
        "mycin", "cycline", "floxacin", "ciclovir", "clovir", "parin", "lukast", "gliptin", "gliflozin", "triptan", "setron", "dronate",
        "pramine", "triptyline", "oxetine", "faxine", "codone", "morphone", "morphine", "adol", "pentin", "gabalin", "fenac", "oxicam",
        "amol", "caine", "olone", "asone", "isone", "trexate", "oquine", "semide", "thiazide", "glutide", "formin", "azosin", "lamine",
        "apine", "idone", "peridol", "zodone", "zapine", "nabant", "xaban", "gatran", "tropium", "terol", "sonide", "ticasone", "mustine",
        "platin", "rubicin", "taxel", "toin", "trigine", "racetam", "barbital", "ezolid", "lutamide", "trozole", "mestane", "oxifen",
    ];

    /// <summary>True when the lower-case <paramref name="key"/> is shaped like a generic medicine and is no everyday word.</summary>
    public static bool LooksGeneric(string key) =>
        key.Length >= 6 && key.All(char.IsAsciiLetterLower) && Array.Exists(_stems, s => key.EndsWith(s, StringComparison.Ordinal))
        && !Gazetteers.EnglishWords.Contains(key);
}
