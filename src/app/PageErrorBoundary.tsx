import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

type State = { failed: boolean };

/** A page that throws shows a calm message and a way back; saved answers are untouched. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation ns="app">
        {(t) => (
          <div role="alert">
            <h1>{t('page_error.title')}</h1>
            <p>{t('page_error.body')}</p>
            <a className="button" href="#/" onClick={() => this.setState({ failed: false })}>
              {t('page_error.home')}
            </a>
          </div>
        )}
      </Translation>
    );
  }
}
