import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Messages } from "../../i18n/messages";

interface State {
  readonly error?: string;
}

/** Keeps the pane readable whatever a component throws; nothing in the appointment depends on it. */
export class ErrorBoundary extends Component<{ readonly children: ReactNode; readonly text: Pick<Messages, "app"> }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { error: message.slice(0, 500) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Deliberately not logged anywhere: the message may contain names or addresses.
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    const { app } = this.props.text;
    return (
      <div role="alert" data-crashed="" style={{ padding: 12, overflowWrap: "anywhere" }}>
        <h2 style={{ fontSize: 16, margin: "0 0 8px" }}>{app.crashTitle}</h2>
        <p>{app.crashBody}</p>
        <pre style={{ whiteSpace: "pre-wrap" }} translate="no">
          {this.state.error}
        </pre>
      </div>
    );
  }
}
