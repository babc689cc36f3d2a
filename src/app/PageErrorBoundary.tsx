import { Component, createRef, type ErrorInfo, type ReactNode, type RefObject } from 'react';
import { Translation } from 'react-i18next';
import { Link } from 'react-router';

type Props = {
  children: ReactNode;
  /** When this changes (the route did), a page that failed is tried again. */
  resetKey: string;
};
/** `retries` counts "try again" presses, so a page that fails again is said again. */
type State = { failed: boolean; retries: number };

/**
 * A page that throws shows a calm message, a way home and "try again", with focus on the
 * message's heading. Saved answers are untouched: the stores never pass through here. Keyed on
 * the route through `resetKey` rather than `key`, so pages are not remounted on every step.
 */
export class PageErrorBoundary extends Component<Props, State> {
  // Set in the constructor rather than as class fields: the build targets ES2020, where field
  // syntax would be rewritten with helper functions shipped on the first page.
  private readonly headingRef: RefObject<HTMLHeadingElement | null>;

  constructor(props: Props) {
    super(props);
    this.state = { failed: false, retries: 0 };
    this.headingRef = createRef<HTMLHeadingElement>();
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Stays on this device like everything else; useful when someone reads the console.
    console.error(error, info.componentStack);
  }

  override componentDidMount() {
    if (this.state.failed) this.headingRef.current?.focus();
  }

  override componentDidUpdate(prevProps: Props, prevState: State) {
    const failedAgain = prevState.retries !== this.state.retries;
    if (this.state.failed && (!prevState.failed || failedAgain)) this.headingRef.current?.focus();
    if (this.state.failed && prevProps.resetKey !== this.props.resetKey) {
      this.setState({ failed: false });
    }
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation ns="app">
        {(t) => (
          <div role="alert" key={this.state.retries}>
            <h1 ref={this.headingRef} tabIndex={-1}>
              {t('page_error.title')}
            </h1>
            <p>{t('page_error.body')}</p>
            <div className="button-row">
              <Link className="button" to="/">
                {t('page_error.home')}
              </Link>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => this.setState((s) => ({ failed: false, retries: s.retries + 1 }))}
              >
                {t('page_error.try_again')}
              </button>
            </div>
          </div>
        )}
      </Translation>
    );
  }
}
