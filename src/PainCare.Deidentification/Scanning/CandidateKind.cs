namespace PainCare.Deidentification.Scanning;

internal enum CandidateKind
{
    Name,
    Initials,
    Date,
    Age,
    Location,
    Address,
    Facility,
    Contact,
    Email,
    Id,
    Organisation,
    RegionCode,
    Postcode,

    /// <summary>Clinical text that heuristic recognisers must not touch.</summary>
    Protect,
}
