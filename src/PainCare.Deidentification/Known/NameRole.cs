namespace PainCare.Deidentification.Known;

internal enum NameRole
{
    Unknown,
    Given,
    Surname,
}
