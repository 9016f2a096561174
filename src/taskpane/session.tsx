// The workbook session for every component below the provider: a component that needs a use case calls it with
// useSession(), so adding a use case changes no props on the way down.
import { createContext, ReactNode, useContext } from "react";
import type { WorkbookSession } from "../app/session";

const SessionContext = createContext<WorkbookSession | null>(null);

export function SessionProvider({ session, children }: { session: WorkbookSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session the pane works in; only under <SessionProvider> (the connected pane). */
export function useSession(): WorkbookSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession needs a SessionProvider: the pane is not connected to a workbook");
  return session;
}
