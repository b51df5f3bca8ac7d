import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  readonly children: ReactNode;
  readonly title: string;
  readonly body?: string;
  /** Show the error's own words (for IT); the pane-wide boundary does, a part of the pane does not. */
  readonly detail?: boolean;
}

interface State {
  readonly error?: string;
}

/** Keeps the pane readable whatever a component throws; nothing in the appointment depends on it. */
export class ErrorBoundary extends Component<Props, State> {
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
    const { title, body, detail } = this.props;
    return <PartFailed title={title} {...(body ? { body } : {})} {...(detail ? { detail: this.state.error } : {})} />;
  }
}

/** What stands in for a part of the pane that could not be shown: it failed to render or to download. */
export function PartFailed({ title, body, detail }: { readonly title: string; readonly body?: string; readonly detail?: string }) {
  return (
    <div role="alert" data-crashed="" style={{ padding: detail !== undefined ? 12 : 0, overflowWrap: "anywhere" }}>
      <p style={{ fontWeight: 600, margin: "0 0 8px" }}>{title}</p>
      {body && <p>{body}</p>}
      {detail !== undefined && (
        <pre style={{ whiteSpace: "pre-wrap" }} translate="no">
          {detail}
        </pre>
      )}
    </div>
  );
}
