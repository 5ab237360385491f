using Bunit;
using TravelRisk.Web.Components.Shared;

namespace TravelRisk.Web.Tests.Components;

public class PageComponentTests : BunitContext
{
    [Fact]
    public async Task LeavingThePage_CancelsItsPendingRead_AndNothingFails()
    {
        var page = Render<SlowPage>().Instance;
        page.Reading.IsCompleted.Should().BeFalse("the read waits for the database");

        await DisposeComponentsAsync();

        var read = () => page.Reading.WaitAsync(TimeSpan.FromSeconds(10)); // a TimeoutException if nothing cancels it
        await read.Should().ThrowAsync<OperationCanceledException>();
        page.Token.IsCancellationRequested.Should().BeTrue();
    }

    [Fact]
    public void WritesAreNotTiedToThePage() => SlowPage.WriteToken.CanBeCanceled.Should().BeFalse();

    sealed class SlowPage : PageComponent
    {
        public Task Reading { get; private set; } = Task.CompletedTask;

        public CancellationToken Token => Leaving;

        public static CancellationToken WriteToken => SaveEvenIfLeft;

        protected override Task OnInitializedAsync() => Reading = Task.Delay(Timeout.Infinite, Leaving);
    }
}
