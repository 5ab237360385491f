using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Tests;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Benchmarks;

/// <summary>
/// Assessments per second over an in-memory dataset of 10,000 trips built from the real data/ (every State's
/// timeline, every warrant holder), spread over 2002-2027. One operation = one assessment.
/// Run: dotnet run -c Release --project tests/TravelRisk.Benchmarks -- --filter '*RulesBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.HostProcess)]
public class RulesBenchmarks
{
    const int Trips = 10_000;
    Country[] _hosts = [];
    DateOnly[] _days = [];
    WarrantCase[][] _people = [];
    Trip[] _trips = [];
    Dictionary<string, Country> _countries = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = SeedDataReader.Read(RepoPaths.DataFolder);
        foreach (var declaration in data.Declarations)
            data.Countries.Single(c => c.Iso3 == declaration.CountryIso3).Declarations.Add(declaration);
        _countries = data.Countries.ToDictionary(c => c.Iso3);
        var situations = data.Situations.ToDictionary(s => s.Code);
        foreach (var change in data.WarrantEvents)
            data.Warrants.Single(w => w.Warrant.Code == change.WarrantCode).Warrant.Events.Add(change);
        var people = data.Warrants.GroupBy(w => w.LeaderSlug)
            .Select(g => g.Select(w => new WarrantCase(w.Warrant, situations[w.Warrant.SituationCode])).ToArray())
            .ToArray();

        var random = new Random(2023);
        var first = new DateOnly(2002, 1, 1).DayNumber;
        var last = new DateOnly(2027, 12, 31).DayNumber;
        _hosts = new Country[Trips];
        _days = new DateOnly[Trips];
        _people = new WarrantCase[Trips][];
        _trips = new Trip[Trips];
        for (var i = 0; i < Trips; i++)
        {
            _hosts[i] = data.Countries[random.Next(data.Countries.Count)];
            _days[i] = DateOnly.FromDayNumber(random.Next(first, last));
            _people[i] = people[random.Next(people.Length)];
            _trips[i] = new Trip
            {
                Slug = $"t{i}",
                HostIso3 = _hosts[i].Iso3,
                StartDate = _days[i],
                EndDate = _days[i].AddDays(random.Next(0, 3)),
                Status = TripStatus.Reported,
            };
        }
    }

    [Benchmark(OperationsPerInvoke = Trips, Description = "Decide: one person, host and day")]
    public int Decide()
    {
        var checksum = 0;
        for (var i = 0; i < Trips; i++)
            checksum += (int)ArrestObligationRules.Decide(_days[i], _hosts[i], _people[i]).Obligation;
        return checksum;
    }

    [Benchmark(OperationsPerInvoke = Trips, Description = "Assess a whole trip (1-3 days)")]
    public int AssessTrip()
    {
        var checksum = 0;
        for (var i = 0; i < Trips; i++)
            checksum += (int)TripAssessor.Assess(_trips[i], _countries, _people[i]).Decision.Obligation;
        return checksum;
    }
}
