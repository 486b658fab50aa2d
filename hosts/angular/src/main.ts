import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'sip-elements/network-map'; // registers <sip-network-map> before Angular renders it
import { AppComponent } from './app.component';

void bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });
