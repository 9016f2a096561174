// An error the simulated Excel raises, with the code Office reports (ItemNotFound, InvalidArgument, ...).
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
