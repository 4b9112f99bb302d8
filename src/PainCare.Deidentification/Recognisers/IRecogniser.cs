using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

internal interface IRecogniser
{
    void Recognise(ScanContext context, List<Candidate> candidates);
}
